package io.dispatchline.ingest.split.text;

/** Small character-level helpers shared by the splitter's classes; all linear in the input. */
public final class Texts {
  private Texts() {}

  /**
   * Whitespace for our purposes: Java whitespace plus no-break and other Unicode spaces, which
   * {@link Character#isWhitespace} leaves out but pages use between words (the seed has one).
   */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** Folds every whitespace run to one space and trims the ends. */
  public static String fold(CharSequence s) {
    if (isFolded(s)) {
      return s.toString(); // most lines are clean: no copy char by char
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** No leading or trailing space, and only single plain spaces inside. */
  public static boolean isFolded(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  public static boolean hasLetterOrDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static boolean hasDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  public static boolean hasLetter(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static char last(String s) {
    return s.isEmpty() ? 0 : s.charAt(s.length() - 1);
  }

  /** Has letters and none of them is lower case: "NEW GALLERIES", "U.S. TRADE". */
  public static boolean isAllCaps(CharSequence s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * Has capital letters and no lower-case ones: "ALATURKA AİLESİ NE DİYOR?" — not a text in a
   * script without case (Chinese, Arabic), which {@link #isAllCaps} also accepts.
   */
  public static boolean isShouted(CharSequence s) {
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }
}
