package io.dispatchline.query.web;

import io.dispatchline.query.api.DispatchView;
import java.util.List;

/** The dispatch page: one dispatch in full, and the other items of its document in order. */
public record DispatchPageView(
    ResultView dispatch,
    List<String> paragraphs,
    List<MentionLink> mentions,
    Source source,
    List<ResultView> document) {

  /** A name in the dispatch, linking to the search for it. */
  public record MentionLink(String name, String type, String href) {}

  /** Where the document came from. */
  public record Source(String type, String name, String ingestedAt) {}

  static DispatchPageView of(DispatchView d, List<DispatchView> documentItems) {
    PageQuery none = PageQuery.of(java.util.Map.of());
    List<String> paragraphs = d.body() == null ? List.of() : List.of(d.body().split("\\n\\s*\\n"));
    List<MentionLink> mentions =
        d.mentions() == null
            ? List.of()
            : d.mentions().stream()
                .map(m -> new MentionLink(m.name(), m.type(), none.with("mention", m.name())))
                .toList();
    DispatchView.SourceView s = d.source();
    return new DispatchPageView(
        ResultView.of(d),
        paragraphs,
        mentions,
        s == null
            ? null
            : new Source(
                s.type(), s.name(), s.ingestedAt() == null ? null : s.ingestedAt().toString()),
        documentItems.stream().map(ResultView::of).toList());
  }
}
