package io.dispatchline.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dispatchline.query.store.DispatchRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch as the HTTP API shows it. */
public record DispatchView(
    String id,
    String documentId,
    int sequence,
    String kind,
    String headline,
    String located,
    String agency,
    String datelineText,
    String dateText,
    LocalDate date,
    @Schema(description = "Left out of list pages with `view=summary`")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String body,
    int wordCount,
    @Schema(description = "ISO 639-1 code of the body's language (e.g. `en`), `und` when unknown")
        String language,
    @Schema(description = "Left out of list pages with `view=summary`")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<MentionView> mentions,
    SourceView source,
    @Schema(
            description =
                "With `q` only: HTML-escaped fragments of the body with the hits in <mark>…</mark>")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String snippet,
    @Schema(description = "With `q` only: ts_rank_cd of the query, higher is better")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float rank) {

  /** A person, place or organisation named in the dispatch. */
  public record MentionView(String name, String type) {}

  /** Where the dispatch's document came from and when it was ingested. */
  public record SourceView(String type, String name, Instant ingestedAt) {}

  static DispatchView of(DispatchRow r) {
    return of(r, false);
  }

  /** {@code summary}: without body and mentions, for list pages that show headlines. */
  static DispatchView of(DispatchRow r, boolean summary) {
    return new DispatchView(
        r.id(),
        r.documentId(),
        r.sequence(),
        r.kind(),
        r.headline(),
        r.located(),
        r.agency(),
        r.datelineText(),
        r.dateText(),
        r.date(),
        summary ? null : r.body(),
        r.wordCount(),
        r.language(),
        summary
            ? null
            : r.mentions().stream().map(m -> new MentionView(m.name(), m.type())).toList(),
        new SourceView(r.sourceType(), r.sourceName(), r.ingestedAt()),
        r.snippet(),
        r.rank());
  }
}
