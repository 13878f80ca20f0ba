package io.dispatchline.ingest.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * How label text and split output are compared: NFC, whitespace folded, and typographic quotes,
 * apostrophes and dashes read as their ASCII forms (a run of dashes as one) — a label typed by hand
 * says "--" or "'" where the page printed "—" or "’", and that is no disagreement about where a
 * story starts or ends. Case and every other character count.
 */
final class LabelText {
  private LabelText() {}

  static String normal(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      char f = fold(c);
      if (f == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
        continue; // "--" typed for "—"
      }
      out.append(f);
    }
    return out.toString();
  }

  /** The whitespace-separated words of {@code s}, normalised. */
  static List<String> words(String s) {
    String n = normal(s);
    return n == null || n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
  }

  static boolean same(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    if (x == null || x.isEmpty()) {
      return y == null || y.isEmpty();
    }
    return x.equals(y);
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> c;
    };
  }
}
