package io.dispatchline.ingest.split.datelines;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English month and weekday names as wires print them ("Oct.", "Sept", "October"), matched without
 * allocating: these are asked of every capitalised word.
 */
public final class Months {
  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private static final String[] WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  /**
   * Month and weekday names of other languages agencies publish in, from the JDK's CLDR data, lower
   * case ("februari", "octobre", "kamis"): for words that are already lower-case Strings (date and
   * publish-time lines), not the hot path of {@link #month(CharSequence)}.
   */
  private static final Map<String, Integer> OTHER_MONTHS = new HashMap<>();

  private static final Map<String, DayOfWeek> OTHER_WEEKDAYS = new HashMap<>();

  private static final List<String> OTHER_LANGUAGES =
      List.of("fr", "de", "es", "it", "pt", "nl", "id", "ms", "tr", "ro", "sv", "pl");

  static {
    // Full names only: short forms of other languages are English words ("ago", "set", "out").
    List<TextStyle> styles = List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE);
    for (String tag : OTHER_LANGUAGES) {
      Locale locale = Locale.forLanguageTag(tag);
      for (Month m : Month.values()) {
        for (TextStyle style : styles) {
          OTHER_MONTHS.putIfAbsent(name(m.getDisplayName(style, locale), locale), m.getValue());
        }
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        OTHER_WEEKDAYS.putIfAbsent(name(d.getDisplayName(TextStyle.FULL, locale), locale), d);
      }
    }
  }

  private Months() {}

  private static String name(String printed, Locale locale) {
    return printed.toLowerCase(locale).replace(".", "");
  }

  /**
   * 1–12 for a lower-case month name or abbreviation in English or another of the languages above
   * ("februari", "octobre"); 0 otherwise.
   */
  public static int monthInAnyLanguage(String lower) {
    int m = month(lower);
    return m > 0 ? m : OTHER_MONTHS.getOrDefault(lower, 0);
  }

  /** The weekday for a lower-case weekday name in English or another of the languages above. */
  public static DayOfWeek weekdayInAnyLanguage(String lower) {
    DayOfWeek d = weekday(lower);
    return d != null ? d : OTHER_WEEKDAYS.get(lower);
  }

  /** 1–12 for a month name or abbreviation (without its dot), any case; 0 otherwise. */
  public static int month(CharSequence word) {
    return month(word, 0, word.length());
  }

  /** 1–12 for the month name or abbreviation in {@code s[from, to)}, any case; 0 otherwise. */
  public static int month(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 9 || "ajmsondfJMSONDFA".indexOf(s.charAt(from)) < 0) {
      return 0; // every month starts with one of these letters
    }
    for (int m = 0; m < MONTHS.length; m++) {
      String name = MONTHS[m];
      boolean fits = len == name.length() || len == 3 || (m == 8 && len == 4); // "Sept"
      if (fits && len <= name.length() && regionEqualsIgnoreCase(s, from, name, len)) {
        return m + 1;
      }
    }
    return 0;
  }

  /** The weekday for a full weekday name, any case; null otherwise. */
  public static DayOfWeek weekday(CharSequence word) {
    return weekday(word, 0, word.length());
  }

  public static DayOfWeek weekday(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 6 || len > 9 || "mtwfsMTWFS".indexOf(s.charAt(from)) < 0) {
      return null;
    }
    for (int d = 0; d < WEEKDAYS.length; d++) {
      if (WEEKDAYS[d].length() == len && regionEqualsIgnoreCase(s, from, WEEKDAYS[d], len)) {
        return DayOfWeek.of(d + 1);
      }
    }
    return null;
  }

  /** Compares ASCII letters only: month and weekday names are ASCII. */
  private static boolean regionEqualsIgnoreCase(CharSequence s, int from, String lower, int len) {
    for (int i = 0; i < len; i++) {
      char c = s.charAt(from + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
