package io.dispatchline.query.store;

/**
 * Chinese and Japanese as PostgreSQL can search them: the text is cut into runs of CJK characters
 * and runs of anything else, each CJK run becomes its overlapping character bigrams ("举行会谈" → "举行
 * 行会 会谈"; a run of one character stays one), and the runs are joined by spaces. The stored side is
 * the SQL function {@code dispatch_cjk_bigrams} (migration V12), which must treat the same
 * characters as CJK as {@link #isCjk}; this class does the same to a query.
 */
final class CjkBigrams {

  private CjkBigrams() {}

  /** Kana, CJK ideographs (extension A, compatibility block, planes 2 and up to U+2FFFF), 々〆〇. */
  static boolean isCjk(int cp) {
    return (cp >= 0x3005 && cp <= 0x3007)
        || (cp >= 0x3040 && cp <= 0x30FF)
        || (cp >= 0x31F0 && cp <= 0x31FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x2FFFF);
  }

  /** The text as {@code dispatch_cjk_bigrams} stores it. */
  static String text(String t) {
    return rewrite(t, false);
  }

  /**
   * A web-search query for bigram-indexed rows: a CJK run of three or more characters becomes a
   * quoted phrase of its bigrams, so that they must follow each other as in the text (inside a
   * quoted phrase the bigrams just continue it); a {@code -} right before a run still excludes it.
   */
  static String query(String q) {
    return rewrite(q, true);
  }

  private static String rewrite(String s, boolean query) {
    StringBuilder out = new StringBuilder(s.length() * 3);
    boolean quoted = false;
    boolean negation = false;
    int i = 0;
    while (i < s.length()) {
      boolean cjk = isCjk(s.codePointAt(i));
      int end = i;
      while (end < s.length() && isCjk(s.codePointAt(end)) == cjk) {
        end += Character.charCount(s.codePointAt(end));
      }
      String run = s.substring(i, end);
      if (i > 0 && !(query && (cjk && negation || touchesSpace(out, run)))) {
        out.append(' ');
      }
      if (cjk) {
        String bigrams = bigrams(run);
        boolean phrase = query && !quoted && bigrams.indexOf(' ') >= 0;
        out.append(phrase ? '"' + bigrams + '"' : bigrams);
      } else {
        out.append(run);
        quoted ^= run.chars().filter(c -> c == '"').count() % 2 == 1;
        negation =
            run.endsWith("-")
                && (run.length() == 1 || Character.isWhitespace(run.charAt(run.length() - 2)));
      }
      i = end;
    }
    return out.toString();
  }

  /** In a query a space next to a space changes nothing (the stored side always adds one). */
  private static boolean touchesSpace(StringBuilder out, String run) {
    return Character.isWhitespace(out.charAt(out.length() - 1))
        || Character.isWhitespace(run.charAt(0));
  }

  private static String bigrams(String run) {
    int[] cps = run.codePoints().toArray();
    if (cps.length == 1) {
      return run;
    }
    StringBuilder out = new StringBuilder(cps.length * 3);
    for (int k = 0; k + 1 < cps.length; k++) {
      if (k > 0) {
        out.append(' ');
      }
      out.appendCodePoint(cps[k]).appendCodePoint(cps[k + 1]);
    }
    return out.toString();
  }
}
