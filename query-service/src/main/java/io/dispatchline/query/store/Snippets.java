package io.dispatchline.query.store;

/**
 * Turns ts_headline output (hits between control-character markers) into safe HTML: the text is
 * escaped, the hits wrapped in {@code <mark>}.
 */
final class Snippets {

  private Snippets() {}

  static String toHtml(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length() + 32);
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      switch (ch) {
        case DispatchSql.MARK_START -> out.append("<mark>");
        case DispatchSql.MARK_STOP -> out.append("</mark>");
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
