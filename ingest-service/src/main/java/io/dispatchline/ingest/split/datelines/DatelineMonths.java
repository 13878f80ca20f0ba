package io.dispatchline.ingest.split.datelines;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month words of datelines in the languages agencies write them in, from the JDK's CLDR data:
 * "octobre", "oct" (es), "out" (pt), "ноября", "października", "أكتوبر". Every style CLDR has
 * (format and stand-alone, wide and abbreviated) counts, so the genitive of Slavic dates ("3
 * ноября") is found with the nominative. Where CLDR gives only the nominative of a language that
 * inflects its dates (Slovenian "julij" for the printed "14. julija"), a day-first date may also
 * start with a month's three-letter stem when no two months share it.
 *
 * <p>Only for a date in a dateline, where a day number or a place comes first: short forms of other
 * languages are English words ("out", "set", "ago").
 */
final class DatelineMonths {
  private static final List<String> LANGUAGES =
      List.of(
          "es", "fr", "de", "it", "pt", "nl", "ca", "ro", "sv", "da", "nb", "fi", "et", "lv", "lt",
          "pl", "cs", "sk", "sl", "hr", "bs", "sr", "sr-Latn", "mk", "bg", "ru", "uk", "be", "kk",
          "ky", "uz", "az", "tr", "hu", "sq", "el", "ka", "hy", "id", "ms", "tl", "sw", "ar", "fa",
          "ur");

  private static final int STEM = 3;

  private static final Map<String, Integer> NAMES = new HashMap<>();
  private static final Map<String, Integer> STEMS = new HashMap<>();

  static {
    Set<String> ambiguous = new HashSet<>();
    for (String tag : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(tag);
      for (Month m : Month.values()) {
        for (TextStyle style : TextStyle.values()) {
          if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) {
            continue;
          }
          String name = normal(m.getDisplayName(style, locale), locale);
          if (name.length() < STEM || !Character.isLetter(name.charAt(0))) {
            continue; // CLDR falls back to "10" for a style it lacks
          }
          NAMES.putIfAbsent(name, m.getValue());
          String stem = name.substring(0, STEM);
          Integer had = STEMS.putIfAbsent(stem, m.getValue());
          if (had != null && had != m.getValue()) {
            ambiguous.add(stem);
          }
        }
      }
    }
    STEMS.keySet().removeAll(ambiguous);
  }

  private DatelineMonths() {}

  private static String normal(String printed, Locale locale) {
    return printed.toLowerCase(locale).replace(".", "");
  }

  /** 1–12 for a month name or abbreviation of one of the languages, printed in any case; else 0. */
  static int name(CharSequence s, int from, int to) {
    return to - from < STEM ? 0 : NAMES.getOrDefault(lower(s, from, to), 0);
  }

  /** {@link #name}, or the month whose unambiguous stem the word starts with ("julija"). */
  static int nameOrStem(CharSequence s, int from, int to) {
    int m = name(s, from, to);
    if (m > 0 || to - from < STEM) {
      return m;
    }
    return STEMS.getOrDefault(lower(s, from, from + STEM), 0);
  }

  private static String lower(CharSequence s, int from, int to) {
    return s.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
  }
}
