package io.dispatchline.query.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a search snippet, plain text and whether it is a hit. The API's snippet is escaped
 * HTML with the hits in {@code <mark>}; the page takes it apart into text, so that the template
 * engine does all the escaping and {@code <mark>} is the only markup it writes.
 */
public record SnippetPart(String text, boolean marked) {

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";

  static List<SnippetPart> parse(String html) {
    List<SnippetPart> parts = new ArrayList<>();
    if (html == null) {
      return parts;
    }
    int i = 0;
    boolean marked = false;
    while (i < html.length()) {
      String tag = marked ? CLOSE : OPEN;
      int at = html.indexOf(tag, i);
      int end = at < 0 ? html.length() : at;
      if (end > i) {
        parts.add(new SnippetPart(unescape(html.substring(i, end)), marked));
      }
      if (at < 0) {
        break;
      }
      i = at + tag.length();
      marked = !marked;
    }
    return parts;
  }

  /** The five entities the service writes (store/Snippets), and nothing else. */
  static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
