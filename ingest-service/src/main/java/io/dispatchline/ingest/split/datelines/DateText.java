package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.Texts;

/**
 * A date as datelines print it, read by a bounded scanner: "Oct. 26", "Oct.26", "Nov 14", "Sept
 * 30", "October 26", "Nov. 29th", "26 October", "29th Nov, 2023", each with an optional ", 2023".
 *
 * @param start where the date starts
 * @param textEnd where the date as printed ends (before a trailing dot)
 * @param end after the date and a trailing dot ("October 26." in a TASS dateline)
 * @param month 1–12
 * @param day 1–31
 * @param year the year when printed, else 0
 */
public record DateText(int start, int textEnd, int end, int month, int day, int year) {
  private static final int MAX_MONTH_NAME = 12; // "października"

  /** The date starting at {@code from}, or null. Reads at most a few dozen characters. */
  public static DateText at(String p, int from, int limit) {
    if (from >= limit) {
      return null;
    }
    return Character.isDigit(p.charAt(from))
        ? dayFirst(p, from, limit)
        : monthFirst(p, from, limit);
  }

  /** "Oct. 26", "October 26, 2023", "Nov 29th". */
  private static DateText monthFirst(String p, int from, int limit) {
    int w = monthWordEnd(p, from, limit);
    int month = Months.month(p, from, w);
    // A day follows a month-first date: look the word up in other languages only then.
    if (month == 0
        && w - from > MIN_OTHER_MONTH_FIRST
        && w + 1 < limit
        && (p.charAt(w) == ' ' || p.charAt(w) == '.')
        && Character.isDigit(p.charAt(p.charAt(w) == '.' && w + 2 < limit ? w + 2 : w + 1))) {
      month = DatelineMonths.name(p, from, w); // "octubre 26": a full name, not "out" or "set"
    }
    if (month == 0) {
      return null;
    }
    int pos = w;
    boolean dot = pos < limit && p.charAt(pos) == '.';
    if (dot) {
      pos++;
    }
    int d = skipSpaces(p, pos, limit);
    if (d == pos && !dot) {
      return null; // "Oct26"
    }
    int dayEnd = dayEnd(p, d, limit);
    if (dayEnd < 0) {
      return null;
    }
    return withYear(p, from, dayEnd, month, day(p, d), limit);
  }

  /**
   * "26 October", "29th Nov, 2023", and in other languages "26 octobre", "3 ноября", "14. julija"
   * (the day's full stop of Central European dates).
   */
  private static DateText dayFirst(String p, int from, int limit) {
    int dayEnd = dayEnd(p, from, limit);
    if (dayEnd < 0) {
      return null;
    }
    int afterDay = dayEnd < limit && p.charAt(dayEnd) == '.' ? dayEnd + 1 : dayEnd;
    int m = skipSpaces(p, afterDay, limit);
    if (m == afterDay) {
      return null;
    }
    m = afterOf(p, m, limit); // "14 de noviembre": Spanish and Portuguese
    int w = monthWordEnd(p, m, limit);
    int month = Months.month(p, m, w);
    if (month == 0 && !(w < limit && Character.isLetter(p.charAt(w)))) {
      month = DatelineMonths.nameOrStem(p, m, w);
    }
    if (month == 0) {
      return null;
    }
    int afterMonth = w < limit && p.charAt(w) == '.' ? w + 1 : w;
    int yearFrom = afterMonth;
    if (yearFrom < limit && p.charAt(yearFrom) == ' ') {
      int de = afterOf(p, yearFrom + 1, limit);
      if (de > yearFrom + 1 && de + 4 <= limit && isYear(p, de, limit)) {
        // "14 de noviembre de 2014": the year after its own "de"
        return new DateText(
            from, de + 4, de + 4, month, day(p, from), Integer.parseInt(p, de, de + 4, 10));
      }
    }
    DateText full = withYear(p, from, afterMonth, month, day(p, from), limit);
    if (full == null || full.year() > 0) {
      return full;
    }
    // No year: the date as printed ends with the month word, not with its abbreviation dot.
    return new DateText(from, w, afterMonth, month, full.day(), 0);
  }

  /** Completes a date: an optional ", 2023" after {@code afterDay}, then an optional dot. */
  private static DateText withYear(
      String p, int from, int afterDay, int month, int day, int limit) {
    if (day < 1 || day > 31) {
      return null;
    }
    int textEnd = afterDay;
    int year = 0;
    int y = afterDay < limit && p.charAt(afterDay) == ',' ? afterDay + 1 : afterDay;
    int ys = skipSpaces(p, y, limit);
    if (ys > afterDay && ys + 4 <= limit && isYear(p, ys, limit)) {
      year = Integer.parseInt(p, ys, ys + 4, 10);
      textEnd = ys + 4;
    }
    int end = textEnd < limit && p.charAt(textEnd) == '.' ? textEnd + 1 : textEnd;
    return new DateText(from, textEnd, end, month, day, year);
  }

  /** After a "de " at {@code from} (Spanish and Portuguese dates), or {@code from}. */
  private static int afterOf(String p, int from, int limit) {
    if (from + 3 < limit
        && p.charAt(from) == 'd'
        && p.charAt(from + 1) == 'e'
        && p.charAt(from + 2) == ' ') {
      return from + 3;
    }
    return from;
  }

  /** The day number at {@code from} (before any ordinal suffix). */
  private static int day(String p, int from) {
    int i = from;
    while (i < p.length() && Character.isDigit(p.charAt(i))) {
      i++;
    }
    return Integer.parseInt(p, from, i, 10);
  }

  private static boolean isYear(String p, int at, int limit) {
    for (int i = at; i < at + 4; i++) {
      if (!Character.isDigit(p.charAt(i))) {
        return false;
      }
    }
    return (at + 4 == limit || !Character.isLetterOrDigit(p.charAt(at + 4)))
        && (p.charAt(at) == '1' || p.charAt(at) == '2');
  }

  /** End of a 1–2 digit day with an optional ordinal suffix ("29th"), not followed by a word. */
  private static int dayEnd(String p, int from, int limit) {
    int i = from;
    while (i < limit && i - from < 2 && Character.isDigit(p.charAt(i))) {
      i++;
    }
    if (i == from || (i < limit && Character.isDigit(p.charAt(i)))) {
      return -1;
    }
    if (i + 1 < limit && isOrdinalSuffix(p.charAt(i), p.charAt(i + 1))) {
      i += 2;
    }
    if (i < p.length() && Character.isLetterOrDigit(p.charAt(i))) {
      return -1;
    }
    return i;
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    return (a == 's' && b == 't')
        || (a == 'n' && b == 'd')
        || (a == 'r' && b == 'd')
        || (a == 't' && b == 'h');
  }

  private static int monthWordEnd(String p, int from, int limit) {
    int w = from;
    while (w < limit && w - from < MAX_MONTH_NAME && Character.isLetter(p.charAt(w))) {
      w++;
    }
    return w;
  }

  /** Another language's month before the day is a full name: longer than "out" or "set". */
  private static final int MIN_OTHER_MONTH_FIRST = 3;

  private static int skipSpaces(String p, int from, int limit) {
    int i = from;
    while (i < limit && Texts.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }
}
