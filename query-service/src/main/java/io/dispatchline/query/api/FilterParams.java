package io.dispatchline.query.api;

import io.dispatchline.query.store.SearchFilter;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the list, the facets and the stream. */
public class FilterParams {

  static final int MAX_QUERY_LENGTH = 500;
  static final int MAX_VALUE_LENGTH = 200;
  static final Set<String> KINDS = Set.of("dispatch", "article", "teaser");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @QueryParam("q")
  @Parameter(
      description =
          "Full-text search over headline (weighs more) and body, web-search syntax:"
              + " words, \"quoted phrases\", OR, -excluded. Each dispatch is matched in its own"
              + " language's stemming (Chinese and Japanese by character bigrams). At most 500"
              + " characters.")
  public String q;

  @QueryParam("agency")
  @Parameter(description = "Agency, exact value as shown in items, e.g. `Xinhua`")
  public String agency;

  @QueryParam("located")
  @Parameter(description = "Dateline place, exact value as shown in items, e.g. `BISHKEK`")
  public String located;

  @QueryParam("mention")
  @Parameter(description = "A person, place or organisation named in the dispatch; any case")
  public String mention;

  @QueryParam("kind")
  @Parameter(description = "`dispatch`, `article` or `teaser`")
  public String kind;

  @QueryParam("language")
  @Parameter(
      description =
          "ISO 639-1 code of the dispatch's language, as shown in items (e.g. `en`, `es`, `zh`;"
              + " `und` when unknown)")
  public String language;

  @QueryParam("documentId")
  @Parameter(description = "Only the items of this document")
  public String documentId;

  @QueryParam("from")
  @Parameter(description = "Dispatch date on or after this day, ISO `YYYY-MM-DD`")
  public String from;

  @QueryParam("to")
  @Parameter(description = "Dispatch date on or before this day, ISO `YYYY-MM-DD`")
  public String to;

  /** Checks every value; the first bad one is a {@link BadParameterException} naming it. */
  SearchFilter toFilter() {
    String query = blankToNull(q);
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new BadParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (query != null && query.indexOf('\0') >= 0) {
      throw new BadParameterException("q", "must not contain NUL characters");
    }
    String k = value("kind", kind);
    if (k != null && !KINDS.contains(k)) {
      throw new BadParameterException("kind", "must be one of dispatch, article, teaser");
    }
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new BadParameterException("from", "must not be after 'to'");
    }
    return new SearchFilter(
        query,
        value("agency", agency),
        value("located", located),
        value("mention", mention),
        k,
        value("documentId", documentId),
        fromDate,
        toDate,
        value("language", language));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String value(String name, String raw) {
    String v = blankToNull(raw);
    if (v != null && v.length() > MAX_VALUE_LENGTH) {
      throw new BadParameterException(name, "must be at most " + MAX_VALUE_LENGTH + " characters");
    }
    if (v != null && v.indexOf('\0') >= 0) {
      throw new BadParameterException(name, "must not contain NUL characters");
    }
    return v;
  }

  private static LocalDate date(String name, String raw) {
    String v = blankToNull(raw);
    if (v == null) {
      return null;
    }
    // Four-digit years only: LocalDate also reads "+5874898-01-01" and "-4714-01-01", which
    // PostgreSQL's date type cannot hold (an error there, not a 400 here).
    if (!ISO_DATE.matcher(v).matches()) {
      throw new BadParameterException(name, "must be a date as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "must be a date as YYYY-MM-DD");
    }
  }
}
