package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.datelines.Months;
import io.dispatchline.ingest.split.text.Tokens;
import java.util.Locale;
import java.util.Set;

/**
 * Short lines that only say when: publish-time lines ("(Xinhua) 09:54, October 28, 2023", "Updated:
 * 2023-10-28 09:54 GMT", "November 29, 2023"), relative times ("2 hours ago", "5 min read") and the
 * bare clock times that head the entries of a live file ("10:45 p.m.", "14:05 GMT").
 */
public final class TimeLines {
  /** Longer lines are sentences, whatever they mention. */
  static final int MAX_LINE = 120;

  /** Words that may stand next to a date or time in a publish-time line. */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "updated",
          "update",
          "published",
          "posted",
          "last",
          "first",
          "modified",
          "edited",
          "created",
          "on",
          "at",
          "date",
          "time",
          "dated",
          "hrs",
          "h",
          "am",
          "pm",
          "a",
          "m",
          "p",
          "local",
          "st",
          "nd",
          "rd",
          "th",
          // the same words on French, Spanish, Portuguese, Italian, German and Russian pages:
          // "Publié le 2021-01-18 à 13:42", "Actualizado el 12/05/2021 a las 10:30"
          "publié",
          "mis",
          "jour",
          "le",
          "à",
          "publicado",
          "actualizado",
          "el",
          "las",
          "atualizado",
          "em",
          "às",
          "pubblicato",
          "aggiornato",
          "il",
          "alle",
          "ore",
          "veröffentlicht",
          "aktualisiert",
          "um",
          "uhr",
          "опубликовано",
          "обновлено",
          "в");

  private static final Set<String> ZONES =
      Set.of(
          "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "et", "ct", "cst", "cdt",
          "mt", "mst", "mdt", "pt", "pst", "pdt", "ist", "jst", "kst", "msk", "hkt", "sgt", "pkt",
          "wib", "aest", "aedt", "sast", "wat", "eat", "ast", "gst", "bjt");

  private static final Set<String> RELATIVE_UNITS =
      Set.of(
          "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs",
          "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "h",
          "m", "d");

  /** At most this many other words ("(Xinhua)", "By Jane Doe |") in a publish-time line. */
  private static final int MAX_OTHER_WORDS = 4;

  private static final int MAX_READ_LINE_TOKENS = 12;
  private static final int MAX_WORDS_WITH_FULL_DATE = 2;

  private TimeLines() {}

  private static boolean opensWithDate(Tokens t) {
    String w = t.token(0).toLowerCase(Locale.ROOT);
    return t.isNumber(0)
        || Months.monthInAnyLanguage(w) > 0
        || Months.weekdayInAnyLanguage(w) != null
        || isShortWeekday(w);
  }

  /** "06:20am": hours, ':', then minutes with am/pm glued on. */
  private static boolean isGluedClockAt(Tokens t, int i) {
    if (i + 1 >= t.size() || !t.gapIs(i + 1, ":")) {
      return false;
    }
    String m = t.token(i + 1).toLowerCase(Locale.ROOT);
    return m.length() == 4
        && Character.isDigit(m.charAt(0))
        && Character.isDigit(m.charAt(1))
        && (m.endsWith("am") || m.endsWith("pm"));
  }

  /** PUBLISH_TIME, TIMESTAMP or SHARE (a relative time), or null for any other line. */
  static Chrome.Role classify(String text) {
    if (text.length() > MAX_LINE) {
      return null;
    }
    Tokens t = Tokens.of(text);
    int n = t.size();
    if (n == 0) {
      return null;
    }
    boolean clock = false;
    boolean date = false;
    boolean timeWord = false;
    boolean ago = false;
    boolean read = false;
    boolean unit = false;
    boolean hasYear = false;
    boolean hasDay = false;
    int others = 0;
    for (int i = 0; i < n; i++) {
      if (t.isNumber(i)) {
        int len = t.length(i);
        if (len <= 2 && isGluedClockAt(t, i)) {
          clock = true; // "06:20am"
          i++;
        } else if (len <= 2 && isClockAt(t, i)) {
          clock = true;
          i++; // the minutes
          if (i + 1 < n && t.isNumber(i + 1) && t.length(i + 1) == 2 && t.gapIs(i + 1, ":")) {
            i++; // the seconds
          }
        } else if (len == 4) {
          int year = t.number(i);
          date |= year >= 1900 && year <= 2100;
          hasYear |= year >= 1900 && year <= 2100;
          others += year >= 1900 && year <= 2100 ? 0 : 1;
        } else if (len > 2) {
          others++;
        } else {
          hasDay = true;
        }
        continue;
      }
      String w = t.token(i).toLowerCase(Locale.ROOT);
      if (Months.monthInAnyLanguage(w) > 0
          || Months.weekdayInAnyLanguage(w) != null
          || isShortWeekday(w)) {
        date = true;
      } else if (ZONES.contains(w) || TIME_WORDS.contains(w)) {
        timeWord = true;
      } else if (w.equals("ago")) {
        ago = true;
      } else if (w.equals("read")) {
        read = true;
      } else if (RELATIVE_UNITS.contains(w) || RELATIVE_UNITS.contains(withoutDigits(w))) {
        unit = true; // "hours", or "3h"
      } else if (isOrdinal(w)) {
        hasDay = true;
      } else {
        others++;
      }
    }
    if ((ago || read) && unit && others == 0 && n <= 6) {
      return Chrome.Role.SHARE;
    }
    // "Estimated read time: 3-4 minutes", "Sun., Nov. 24, 2019 1 min. read".
    if (read && unit && others <= 1 && n <= MAX_READ_LINE_TOKENS) {
      return Chrome.Role.SHARE;
    }
    // "July 24, 2023 Web Desk", "APP Published 25 Jul, 2023 06:20am": a full date and a credit.
    // The date comes first: "BISHKEK, October 26, 2023" in a speech is the speech's own line.
    if (date
        && hasYear
        && hasDay
        && others <= MAX_WORDS_WITH_FULL_DATE
        && !unit
        && n <= 10
        && opensWithDate(t)) {
      return Chrome.Role.PUBLISH_TIME;
    }
    if (others > MAX_OTHER_WORDS) {
      return null;
    }
    if (clock) {
      if (date || others > 0) {
        return Chrome.Role.PUBLISH_TIME;
      }
      return startsWithUpdateWord(t) ? Chrome.Role.PUBLISH_TIME : Chrome.Role.TIMESTAMP;
    }
    // A date alone: "November 29, 2023", "Wednesday 29 November 2023", "2023-11-29".
    return date && others == 0 && !unit ? Chrome.Role.PUBLISH_TIME : null;
  }

  /** "09:54", "9.30 pm", "14.05 GMT": hours, then ':' or '.', then two-digit minutes. */
  private static boolean isClockAt(Tokens t, int i) {
    if (i + 1 >= t.size() || !t.isNumber(i + 1) || t.length(i + 1) != 2) {
      return false;
    }
    if (t.gapIs(i + 1, ":")) {
      return true;
    }
    // "14.05" is a clock only when a zone or am/pm follows: "3.5" or "2.75" are numbers.
    return t.gapIs(i + 1, ".") && i + 2 < t.size() && isClockSuffix(t, i + 2);
  }

  private static boolean isClockSuffix(Tokens t, int i) {
    String w = t.token(i).toLowerCase(Locale.ROOT);
    return ZONES.contains(w) || w.equals("am") || w.equals("pm") || w.equals("a") || w.equals("p");
  }

  private static boolean startsWithUpdateWord(Tokens t) {
    String w = t.token(0).toLowerCase(Locale.ROOT);
    return w.equals("updated") || w.equals("published") || w.equals("posted") || w.equals("last");
  }

  private static boolean isShortWeekday(String w) {
    return switch (w) {
      case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun" -> true;
      default -> false;
    };
  }

  private static String withoutDigits(String w) {
    int i = 0;
    while (i < w.length() && Character.isDigit(w.charAt(i))) {
      i++;
    }
    return i == 0 ? "" : w.substring(i);
  }

  /** "29th", "1st": a day with its ordinal suffix. */
  private static boolean isOrdinal(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return false;
    }
    String suffix = w.substring(digits);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }
}
