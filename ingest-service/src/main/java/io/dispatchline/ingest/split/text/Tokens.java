package io.dispatchline.ingest.split.text;

import java.util.Arrays;

/**
 * The runs of letters and digits of a text, with their offsets, found in one pass. "Iran's" is
 * "Iran", "s"; "China-Russia" is "China", "Russia"; "U.N." is "U", "N". Callers that care look at
 * the gap between two tokens.
 */
public final class Tokens {
  private static final int CHUNK = 8192;

  private final String text;
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private boolean[] upperFirst;
  private int size;

  /** Whitespace-separated chunks holding a letter or digit: the words a reader counts. */
  private int words;

  private Tokens(String text, int chars) {
    this.text = text;
    // News English has a token per five characters or so (apostrophes and hyphens split words):
    // sizing for one per four avoids regrowth, which copies four arrays.
    int capacity = Math.max(16, chars / 4);
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.hashes = new int[capacity];
    this.upperFirst = new boolean[capacity];
  }

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  /**
   * The tokens of {@code text[from, to)}; offsets are into {@code text}. The same pass counts the
   * words ({@link #words()}), so callers need no second scan.
   */
  public static Tokens of(String text, int from, int to) {
    Tokens t = new Tokens(text, to - from);
    int start = -1;
    int hash = 0;
    boolean upper = false;
    boolean letterOrDigit = false;
    // A word is a whitespace-separated chunk holding a letter or digit: count the first such
    // token after each space, at token ends rather than per character.
    boolean spaceSeen = true;
    int words = 0;
    // Scanning a copy in a char array lets the JIT drop String's per-character checks.
    char[] chunk = new char[Math.min(CHUNK, Math.max(0, to - from))];
    for (int base = from; base < to; base += chunk.length) {
      int len = Math.min(chunk.length, to - base);
      text.getChars(base, base + len, chunk, 0);
      for (int j = 0; j < len; j++) {
        char c = chunk[j];
        if (c >= 'a' && c <= 'z') {
          // A lower-case ASCII letter, the most common character: inside a word, nothing else.
          if (start < 0) {
            start = base + j;
            hash = 0;
            upper = false;
          }
          hash = 31 * hash + c;
          letterOrDigit = true;
          continue;
        }
        if (c == ' ' && start < 0) {
          spaceSeen = true; // a space between words, the next most common character
          continue;
        }
        int cls = CharClass.of(c);
        if ((cls & CharClass.WORD) != 0) {
          if (start < 0) {
            start = base + j;
            hash = 0;
            upper = (c >= 'A' && c <= 'Z') || (c >= 128 && Character.isUpperCase(c));
          }
          // String.hashCode of the token, for the word lists' lookups, while the char is at hand.
          hash = 31 * hash + c;
          if ((cls & CharClass.CJK) != 0) {
            words++; // each Han character or kana is a word
          } else {
            letterOrDigit |= (cls & CharClass.LETTER_OR_DIGIT) != 0;
          }
        } else {
          if (start >= 0) {
            t.add(start, base + j, hash, upper);
            start = -1;
            if (letterOrDigit && spaceSeen) {
              words++;
              spaceSeen = false;
            }
            letterOrDigit = false;
          }
          spaceSeen |= (cls & CharClass.SPACE) != 0;
        }
      }
    }
    if (start >= 0) {
      t.add(start, to, hash, upper);
      if (letterOrDigit && spaceSeen) {
        words++;
      }
    }
    t.words = words;
    return t;
  }

  /** Words as {@link Words#count} counts them, over the tokenised range. */
  public int words() {
    return words;
  }

  public static boolean isWordChar(char c) {
    return CharClass.isWord(c);
  }

  private void add(int start, int end, int hash, boolean upper) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      upperFirst = Arrays.copyOf(upperFirst, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size] = hash;
    upperFirst[size] = upper;
    size++;
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** {@code token(i).hashCode()}, without the copy. */
  int hash(int i) {
    return hashes[i];
  }

  /** Whether token i starts with an upper-case letter ("Xi", "BRICS", "U"). */
  public boolean isCapitalised(int i) {
    return upperFirst[i];
  }

  public String token(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Whether token i is exactly {@code word}, without a copy. */
  public boolean is(int i, String word) {
    return ends[i] - starts[i] == word.length()
        && text.regionMatches(starts[i], word, 0, word.length());
  }

  public char firstChar(int i) {
    return text.charAt(starts[i]);
  }

  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** Where the gap before token i starts (it ends at {@code start(i)}). */
  public int gapStart(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Whether the gap before token i is exactly {@code gap}, without a copy. */
  public boolean gapIs(int i, String gap) {
    int from = i == 0 ? 0 : ends[i - 1];
    return starts[i] - from == gap.length() && text.regionMatches(from, gap, 0, gap.length());
  }

  public boolean isNumber(int i) {
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public int number(int i) {
    return Integer.parseInt(text, starts[i], ends[i], 10);
  }
}
