package io.dispatchline.ingest.split.paragraphs;

import java.text.Normalizer;

/**
 * Unicode NFC without paying for it on text that already is NFC, which is nearly all text.
 *
 * <p>A character that is neither a combining mark, a conjoining Hangul jamo, a surrogate, nor
 * changed by NFC on its own can neither compose with its neighbours nor be reordered, so a string
 * made only of such characters is already NFC. Each character's verdict is computed on first sight
 * and cached (benign races: every thread computes the same answer).
 */
public final class Nfc {
  /** Below U+0300 every character is NFC-stable and no combining mark. */
  private static final char FIRST_MARK = '\u0300';

  private static final byte UNKNOWN = 0;
  private static final byte STABLE = 1;
  private static final byte UNSTABLE = 2;
  private static final byte[] VERDICT = new byte[Character.MAX_VALUE + 1];

  private Nfc() {}

  /** The NFC form: {@code s} itself when it already is NFC. */
  public static String normalize(String s) {
    return isStable(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** True when every character of {@code s} is NFC-stable: then {@code s} is NFC. */
  public static boolean isStable(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= FIRST_MARK && !isStable(c)) {
        return false;
      }
    }
    return true;
  }

  public static boolean isStable(char c) {
    if (c < FIRST_MARK) {
      return true;
    }
    byte v = VERDICT[c];
    if (v == UNKNOWN) {
      v = compute(c) ? STABLE : UNSTABLE;
      VERDICT[c] = v;
    }
    return v == STABLE;
  }

  private static boolean compute(char c) {
    if (Character.isSurrogate(c)
        || (c >= '\u1100' && c <= '\u11FF')
        || (c >= '\uA960' && c <= '\uA97F')
        || (c >= '\uD7B0' && c <= '\uD7FF')) {
      return false;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return false;
    }
    return Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
  }
}
