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
  private static final int MAX_MONTH_NAME = 10;

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

  /** "26 October", "29th Nov, 2023". */
  private static DateText dayFirst(String p, int from, int limit) {
    int dayEnd = dayEnd(p, from, limit);
    if (dayEnd < 0) {
      return null;
    }
    int m = skipSpaces(p, dayEnd, limit);
    if (m == dayEnd) {
      return null;
    }
    int w = monthWordEnd(p, m, limit);
    int month = Months.month(p, m, w);
    if (month == 0) {
      return null;
    }
    int afterMonth = w < limit && p.charAt(w) == '.' ? w + 1 : w;
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
    while (w < limit && w - from < MAX_MONTH_NAME && isAsciiLetter(p.charAt(w))) {
      w++;
    }
    return w;
  }

  private static int skipSpaces(String p, int from, int limit) {
    int i = from;
    while (i < limit && Texts.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
