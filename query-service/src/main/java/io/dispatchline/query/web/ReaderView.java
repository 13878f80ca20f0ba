package io.dispatchline.query.web;

import java.util.List;

/** Everything the search page shows. */
public record ReaderView(
    PageQuery query,
    long total,
    List<ResultView> results,
    String nextHref,
    List<FacetGroup> facets,
    DayChart chart,
    List<Option> kinds,
    String error) {

  /** A choice of a select box. */
  public record Option(String value, String label, boolean selected) {}

  public String streamUrl() {
    String q = query.streamQuery();
    return q.isEmpty() ? "/dispatches/stream" : "/dispatches/stream?" + q;
  }
}
