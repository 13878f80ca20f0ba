package io.dispatchline.ingest.split;

import java.util.Arrays;

/**
 * The runs of letters and digits of a text, with their offsets, found in one pass. "Iran's" is
 * "Iran", "s"; "China-Russia" is "China", "Russia"; "U.N." is "U", "N". Callers that care look at
 * the gap between two tokens.
 */
final class Tokens {
  private final String text;
  private int[] starts;
  private int[] ends;
  private int size;

  private Tokens(String text) {
    this.text = text;
    // English averages a token per six characters; sizing up front avoids most regrowth.
    int capacity = Math.max(16, text.length() / 6);
    this.starts = new int[capacity];
    this.ends = new int[capacity];
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      t.add(start, i);
    }
    return t;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String token(int i) {
    return text.substring(starts[i], ends[i]);
  }

  char firstChar(int i) {
    return text.charAt(starts[i]);
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  /** The characters between token i-1 and token i (for i = 0: before the first token). */
  CharSequence gapBefore(int i) {
    return text.subSequence(i == 0 ? 0 : ends[i - 1], starts[i]);
  }

  boolean isNumber(int i) {
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  int number(int i) {
    return Integer.parseInt(text, starts[i], ends[i], 10);
  }
}
