package io.dispatchline.ingest.split.text;

/**
 * What each character is, for the scanners, looked up in a table instead of asked of {@link
 * Character} (whose answers for non-ASCII characters cost several lookups each). Filled lazily per
 * character; benign races, since every thread computes the same answer.
 */
public final class CharClass {
  static final int KNOWN = 1;

  /** A letter or a digit. */
  static final int LETTER_OR_DIGIT = 2;

  /** Part of a token: a letter, a digit or a combining mark. */
  static final int WORD = 4;

  /** Whitespace, no-break spaces included ({@link Texts#isSpace}). */
  public static final int SPACE = 8;

  /**
   * A Han character or kana: Chinese and Japanese put no spaces between words, so each such
   * character counts as a word, as word counts of those languages do.
   */
  public static final int CJK = 16;

  private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

  /** ASCII, filled up front: the common case needs no "computed yet?" test. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) compute(c);
    }
  }

  private CharClass() {}

  public static int of(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    int v = TABLE[c];
    if (v == 0) {
      v = compute(c);
      TABLE[c] = (byte) v;
    }
    return v;
  }

  public static boolean isCjk(char c) {
    return (of(c) & CJK) != 0;
  }

  static boolean isWord(char c) {
    return (of(c) & WORD) != 0;
  }

  private static int compute(char c) {
    int v = KNOWN;
    if (Character.isLetterOrDigit(c)) {
      v |= LETTER_OR_DIGIT | WORD;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        v |= CJK;
      }
    } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
      v |= WORD;
    }
    if (Texts.isSpace(c)) {
      v |= SPACE;
    }
    return v;
  }
}
