package io.dispatchline.query.web;

import io.dispatchline.query.api.FacetResource.Count;
import java.util.List;

/** One facet shown as links: each value with its count, the chosen one marked. */
public record FacetGroup(String label, String param, List<Link> links, String clearHref) {

  static final int SHOWN = 10;

  /** A facet value: following it narrows the search to this value. */
  public record Link(String value, long count, String href, boolean selected) {}

  static FacetGroup of(String label, String param, List<Count> counts, PageQuery query) {
    String chosen = query.get(param);
    List<Link> links =
        counts.stream()
            .limit(SHOWN)
            .map(
                c ->
                    new Link(
                        c.value(),
                        c.count(),
                        query.with(param, c.value()),
                        c.value().equalsIgnoreCase(chosen)))
            .toList();
    return new FacetGroup(label, param, links, query.has(param) ? query.without(param) : null);
  }

  public boolean empty() {
    return links.isEmpty();
  }
}
