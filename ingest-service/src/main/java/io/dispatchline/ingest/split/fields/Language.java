package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.text.Tokens;
import java.util.Arrays;
import java.util.Locale;

/**
 * A deliberately small language detector: English function words make up a large share of any
 * English text and almost none of other languages. Answers "en", or "und" (BCP 47: undetermined).
 */
public final class Language {
  private static final String[] ENGLISH = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it",
    "at", "from", "are", "be", "this", "have", "has", "its", "said", "will", "not", "an", "or",
    "which", "their", "also", "he", "she", "they", "we", "were", "been", "but", "had", "his", "her",
    "who", "would", "could", "there", "here", "into", "after", "over", "than", "about", "if"
  };

  /** The words packed into longs (five 7-bit ASCII letters), sorted: lookups allocate nothing. */
  private static final long[] KEYS = keys();

  /** Share of function words from which a text counts as English (typical prose: 0.3–0.5). */
  private static final double ENGLISH_SHARE = 0.15;

  /** Below this many tokens a text is too short for a share: a count of function words decides. */
  private static final int SHORT_TEXT_TOKENS = 30;

  /** A few hundred words decide the language; reading more only costs time. */
  private static final int SAMPLE_CHARS = 1_500;

  private Language() {}

  public static String detect(String text) {
    return detect(Tokens.of(text, 0, Math.min(text.length(), SAMPLE_CHARS)), 0);
  }

  /** The language of the tokens starting at character {@code from} (a body after a headline). */
  public static String detect(Tokens t, int from) {
    String text = t.text();
    int english = 0;
    int n = 0;
    for (int i = 0; i < t.size() && t.start(i) < from + SAMPLE_CHARS; i++) {
      if (t.start(i) < from) {
        continue;
      }
      n++;
      long key = key(text, t.start(i), t.end(i));
      if (key != 0 && Arrays.binarySearch(KEYS, key) >= 0) {
        english++;
      }
    }
    if (n == 0) {
      return "und";
    }
    // A one-line teaser has few function words: two of them are evidence enough.
    double needed = n < SHORT_TEXT_TOKENS ? Math.min(2, n) : n * ENGLISH_SHARE;
    return english >= Math.max(1, needed) ? "en" : "und";
  }

  /** The lower-cased ASCII word packed into a long, or 0 when it is longer than 5 or not ASCII. */
  private static long key(CharSequence s, int from, int to) {
    if (to - from > 5) {
      return 0;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c < 'a' || c > 'z') {
        return 0;
      }
      key = (key << 7) | c;
    }
    return key;
  }

  private static long[] keys() {
    long[] keys = new long[ENGLISH.length];
    for (int i = 0; i < keys.length; i++) {
      String w = ENGLISH[i].toLowerCase(Locale.ROOT);
      keys[i] = key(w, 0, w.length());
    }
    Arrays.sort(keys);
    return keys;
  }
}
