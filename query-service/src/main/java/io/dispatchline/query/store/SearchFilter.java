package io.dispatchline.query.store;

import java.time.LocalDate;

/**
 * What the caller asked for, already validated: every field null when absent. Shared by the list,
 * the facets and the stream, so all three select the same rows.
 */
public record SearchFilter(
    String q,
    String agency,
    String located,
    String mention,
    String kind,
    String documentId,
    LocalDate from,
    LocalDate to,
    String language) {

  public static final SearchFilter NONE =
      new SearchFilter(null, null, null, null, null, null, null, null, null);

  public boolean hasQuery() {
    return q != null;
  }

  /** One string that differs whenever the filters differ (for the cursor's filter hash). */
  public String canonical() {
    StringBuilder s = new StringBuilder();
    for (Object v :
        new Object[] {q, agency, located, mention, kind, documentId, from, to, language}) {
      // length-prefixed so that no two different filters give the same string
      String text = v == null ? "-" : "+" + v.toString().length() + ":" + v;
      s.append(text).append('|');
    }
    return s.toString();
  }
}
