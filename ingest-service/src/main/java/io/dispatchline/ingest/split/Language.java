package io.dispatchline.ingest.split;

import java.util.Set;

/**
 * A deliberately small language detector: English function words make up a large share of any
 * English text and almost none of other languages. Answers "en", or "und" (BCP 47: undetermined).
 */
final class Language {
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
          "it", "at", "from", "are", "be", "this", "have", "has", "its", "said", "will", "not",
          "an", "or", "which", "their", "also", "he", "she", "they", "we", "were", "been");

  /** Share of function words from which a text counts as English (typical prose: 0.3–0.5). */
  private static final double ENGLISH_SHARE = 0.15;

  private static final int SAMPLE_TOKENS = 2000;
  private static final int SAMPLE_CHARS = 4_000;

  private Language() {}

  static String detect(String text) {
    Tokens t = Tokens.of(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    int n = Math.min(t.size(), SAMPLE_TOKENS);
    if (n == 0) {
      return "und";
    }
    int english = 0;
    for (int i = 0; i < n; i++) {
      if (t.length(i) <= 5 && ENGLISH.contains(t.token(i).toLowerCase(java.util.Locale.ROOT))) {
        english++;
      }
    }
    return english >= Math.max(1, n * ENGLISH_SHARE) ? "en" : "und";
  }
}
