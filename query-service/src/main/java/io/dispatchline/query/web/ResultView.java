package io.dispatchline.query.web;

import io.dispatchline.query.api.DispatchView;
import java.util.List;

/** One item of the result list, as the page shows it. */
public record ResultView(
    String id,
    String href,
    String headline,
    String datelineText,
    String date,
    String agency,
    String located,
    String kind,
    String language,
    List<SnippetPart> snippet,
    String lead) {

  private static final int LEAD_CHARS = 240;

  static ResultView of(DispatchView d) {
    return new ResultView(
        d.id(),
        "/read/" + PathSegment.encode(d.id()),
        d.headline() == null || d.headline().isBlank() ? "(no headline)" : d.headline(),
        d.datelineText(),
        d.date() == null ? null : d.date().toString(),
        d.agency(),
        d.located(),
        d.kind(),
        d.language(),
        SnippetPart.parse(d.snippet()),
        lead(d.body()));
  }

  /** The start of the body, for items without a search snippet. */
  static String lead(String body) {
    if (body == null) {
      return null;
    }
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= LEAD_CHARS ? flat : flat.substring(0, LEAD_CHARS).strip() + "…";
  }
}
