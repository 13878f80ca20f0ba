package io.dispatchline.ingest.split.fields;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.dispatchline.ingest.split.text.Tokens;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a dispatch body, by Lingua's n-gram models: ISO 639-1 ("en", "es", "ru", "zh"),
 * or "und" (BCP 47: undetermined) when the text is too short or too mixed to tell.
 *
 * <p>Lingua runs in its low-accuracy mode (trigram models only): about 30 MB for the languages
 * below instead of about 600 MB, and as accurate on the hundreds of characters a body sample has;
 * it is weaker on a few words, which is why a text under {@link #MIN_LETTERS} letters is "und".
 */
public final class Language {
  /**
   * The languages agencies publish wire copy in. Each language more costs every detection time
   * (about 2 ms for 32 Latin and other languages on 400 characters, on one core): so not every
   * language Lingua knows, and a text in one left out comes out as its nearest neighbour here
   * (Slovak as Czech, Catalan as Spanish).
   */
  private static final Set<com.github.pemistahl.lingua.api.Language> LANGUAGES =
      EnumSet.noneOf(com.github.pemistahl.lingua.api.Language.class);

  static {
    for (String code :
        new String[] {
          "en", "es", "fr", "de", "it", "pt", "nl", "sv", "pl", "cs", "sl", "hr", "sr", "ro", "hu",
          "bg", "ru", "uk", "el", "tr", "az", "kk", "ar", "fa", "he", "hi", "id", "ms", "vi", "zh",
          "ja", "ko"
        }) {
      LANGUAGES.add(lingua(code));
    }
  }

  private static final LanguageDetector DETECTOR =
      LanguageDetectorBuilder.fromLanguages(
              LANGUAGES.toArray(new com.github.pemistahl.lingua.api.Language[0]))
          .withLowAccuracyMode()
          .withPreloadedLanguageModels()
          .build();

  /** A few hundred characters decide the language; reading more only costs time. */
  private static final int SAMPLE_CHARS = 400;

  /**
   * Fewer letters than this ("Photo", "AP") tell no language. CJK needs fewer: each character is a
   * word.
   */
  static final int MIN_LETTERS = 12;

  private Language() {}

  public static String detect(String text) {
    return detect(text, 0);
  }

  /** The language of the tokens starting at character {@code from} (a body after a headline). */
  public static String detect(Tokens t, int from) {
    return detect(t.text(), from);
  }

  private static String detect(String text, int from) {
    int to = Math.min(text.length(), from + SAMPLE_CHARS);
    String sample = text.substring(Math.min(from, to), to);
    if (letters(sample) < MIN_LETTERS) {
      return "und";
    }
    com.github.pemistahl.lingua.api.Language found = DETECTOR.detectLanguageOf(sample);
    if (found == com.github.pemistahl.lingua.api.Language.UNKNOWN) {
      return "und";
    }
    return found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        // A Han, Kana or Hangul character carries a word's worth of evidence.
        n += Character.isIdeographic(c) || isKanaOrHangul(c) ? 3 : 1;
      }
    }
    return n;
  }

  private static boolean isKanaOrHangul(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static com.github.pemistahl.lingua.api.Language lingua(String iso6391) {
    for (com.github.pemistahl.lingua.api.Language l :
        com.github.pemistahl.lingua.api.Language.values()) {
      if (l != com.github.pemistahl.lingua.api.Language.UNKNOWN
          && l.getIsoCode639_1().toString().equalsIgnoreCase(iso6391)) {
        return l;
      }
    }
    throw new IllegalArgumentException("Lingua has no language " + iso6391);
  }
}
