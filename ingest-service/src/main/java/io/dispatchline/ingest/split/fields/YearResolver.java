package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.datelines.Months;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Tokens;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a dateline's "Oct. 26" its year, from evidence in the document, in this order:
 *
 * <ol>
 *   <li>a full date standing on a line of its own, such as a speech's "BISHKEK, October 26, 2023"
 *       or a publish-time line: the year that puts the date nearest to it (within half a year, so a
 *       dispatch of Dec. 31 next to a line of January 2 gets the earlier year);
 *   <li>full dates inside the prose with the same month and day, when they agree on one year (prose
 *       dates alone are often historical, so only an exact match counts);
 *   <li>the weekday the dispatch names for its own day ("said here on Wednesday"), among the years
 *       before the reference date (five at most, so at most one fits) or, without a reference date,
 *       among the years the document names — when exactly one year fits;
 *   <li>the reference date: the latest year that does not put the date after it;
 * </ol>
 *
 * and otherwise leaves the date unresolved rather than guess.
 */
public final class YearResolver {
  private static final int MAX_ANCHOR_DISTANCE_DAYS = 183;
  private static final int WEEKDAY_WINDOW_YEARS = 5;

  /** Lines this short that hold a full date are date or publish-time lines, not prose. */
  private static final int DATE_LINE_MAX = 100;

  private static final int MAX_DATE_LINE_TOKENS = 12;

  /** "September 30, " or "-10-26": the rest of a full date lies within this many characters. */
  private static final int DATE_WINDOW = 16;

  /** Full dates on date lines; a sorted set, so the nearest one is a floor/ceiling lookup. */
  private final TreeSet<LocalDate> lineDates = new TreeSet<>();

  private final Set<Integer> lineYears = new TreeSet<>();

  /** Years of full dates in prose, by month * 100 + day. */
  private final Map<Integer, Set<Integer>> proseYears = new HashMap<>();

  private final Set<Integer> namedYears = new TreeSet<>();

  /** Step 1 and 2 depend only on month and day: at most 366 answers per document. */
  private final Map<Integer, Optional<LocalDate>> fromDocument = new HashMap<>();

  private YearResolver() {}

  /** Collects the full dates and the years named anywhere in the document. */
  public static YearResolver scan(List<Block> blocks) {
    YearResolver r = new YearResolver();
    char[] chars = new char[256];
    for (Block b : blocks) {
      String text = b.text();
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      // Scanning a copy in a char array lets the JIT drop String's per-character checks.
      text.getChars(0, n, chars, 0);
      int yearAt = nextYear(chars, n, 0);
      if (yearAt < 0) {
        continue;
      }
      boolean dateLine = n <= DATE_LINE_MAX && Tokens.of(text).size() <= MAX_DATE_LINE_TOKENS;
      // Every full date holds a four-digit year: look around those only, in a small window.
      for (; yearAt >= 0; yearAt = nextYear(chars, n, yearAt + 4)) {
        r.namedYears.add(Integer.parseInt(text, yearAt, yearAt + 4, 10));
        LocalDate d = fullDateAt(text, yearAt);
        if (d == null) {
          continue;
        }
        if (dateLine) {
          r.lineDates.add(d);
          r.lineYears.add(d.getYear());
        } else {
          r.proseYears
              .computeIfAbsent(d.getMonthValue() * 100 + d.getDayOfMonth(), x -> new TreeSet<>())
              .add(d.getYear());
        }
      }
    }
    return r;
  }

  /** Start of the next run of exactly four digits from 1900 to 2100 in {@code s[from, n)}. */
  private static int nextYear(char[] s, int n, int from) {
    int i = from;
    while (i < n) {
      char c = s[i];
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      if (i - start == 4
          && (start == 0 || !Tokens.isWordChar(s[start - 1]))
          && (i == n || !Tokens.isWordChar(s[i]))) {
        int y =
            (s[start] - '0') * 1000
                + (s[start + 1] - '0') * 100
                + (s[start + 2] - '0') * 10
                + (s[start + 3] - '0');
        if (y >= 1900 && y <= 2100) {
          return start;
        }
      }
    }
    return -1;
  }

  /** The full date whose year starts at {@code yearAt}, read from a few words around it. */
  private static LocalDate fullDateAt(String s, int yearAt) {
    int from = Math.max(0, yearAt - DATE_WINDOW);
    while (from > 0 && from > yearAt - 2 * DATE_WINDOW && Tokens.isWordChar(s.charAt(from - 1))) {
      from--; // start on a word boundary, so "November" is not read as "ember"
    }
    int to = Math.min(s.length(), yearAt + 4 + DATE_WINDOW);
    Tokens t = Tokens.of(s, from, to);
    for (int k = 0; k < t.size(); k++) {
      if (t.start(k) == yearAt) {
        return fullDateAround(t, k);
      }
    }
    return null;
  }

  /**
   * The date resolved for month/day, or null.
   *
   * @param printedYear a year printed in the dateline itself, or 0
   * @param lead the first paragraph of the dispatch, for a weekday hint
   * @param reference the reference date given at ingest, or null
   */
  LocalDate resolve(int month, int day, int printedYear, String lead, LocalDate reference) {
    if (month == 0) {
      return null;
    }
    if (printedYear > 0) {
      return date(printedYear, month, day);
    }
    Optional<LocalDate> documented =
        fromDocument.computeIfAbsent(month * 100 + day, k -> fromDocument(month, day));
    if (documented.isPresent()) {
      return documented.get();
    }
    DayOfWeek weekday = weekdayHint(lead);
    if (weekday != null) {
      LocalDate byWeekday = byWeekday(month, day, weekday, reference);
      if (byWeekday != null) {
        return byWeekday;
      }
    }
    if (reference != null) {
      LocalDate d = date(reference.getYear(), month, day);
      if (d != null && !d.isAfter(reference)) {
        return d;
      }
      return date(reference.getYear() - 1, month, day);
    }
    return null;
  }

  /** Steps 1 and 2: the nearest date line within half a year, else one agreeing prose year. */
  private Optional<LocalDate> fromDocument(int month, int day) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int anchorYear : lineYears) { // at most the 201 years from 1900 to 2100
      for (int y = anchorYear - 1; y <= anchorYear + 1; y++) {
        LocalDate candidate = date(y, month, day);
        if (candidate == null) {
          continue;
        }
        for (LocalDate anchor :
            new LocalDate[] {lineDates.floor(candidate), lineDates.ceiling(candidate)}) {
          if (anchor != null) {
            long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
            if (distance < bestDistance) {
              best = candidate;
              bestDistance = distance;
            }
          }
        }
      }
    }
    if (best != null && bestDistance <= MAX_ANCHOR_DISTANCE_DAYS) {
      return Optional.of(best);
    }
    Set<Integer> years = proseYears.get(month * 100 + day);
    // The prose names this day in two years: no evidence either way.
    if (years != null && years.size() == 1) {
      return Optional.ofNullable(date(years.iterator().next(), month, day));
    }
    return Optional.empty();
  }

  private LocalDate byWeekday(int month, int day, DayOfWeek weekday, LocalDate reference) {
    List<LocalDate> fits = new ArrayList<>();
    if (reference != null) {
      for (int y = reference.getYear(); y > reference.getYear() - WEEKDAY_WINDOW_YEARS; y--) {
        LocalDate d = date(y, month, day);
        if (d != null && !d.isAfter(reference) && d.getDayOfWeek() == weekday) {
          fits.add(d);
        }
      }
    } else {
      for (int y : namedYears) {
        LocalDate d = date(y, month, day);
        if (d != null && d.getDayOfWeek() == weekday) {
          fits.add(d);
        }
      }
    }
    return fits.size() == 1 ? fits.get(0) : null;
  }

  /**
   * The weekday in "here on Wednesday" / "here Thursday" in the first paragraph: Xinhua's way of
   * saying the dateline's own day. A bare "on Wednesday" often means the day before, so it does not
   * count.
   */
  static DayOfWeek weekdayHint(String lead) {
    if (lead == null) {
      return null;
    }
    Tokens t = Tokens.of(lead, 0, Math.min(lead.length(), 600));
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.is(i, "here")) {
        continue;
      }
      int w = i + 1;
      if (t.is(w, "on") && w + 1 < t.size()) {
        w++;
      }
      DayOfWeek d = Months.weekday(t.text(), t.start(w), t.end(w));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** "October 26, 2023", "Oct. 26 2023", "26 October 2023" or "2023-10-26" around year token k. */
  private static LocalDate fullDateAround(Tokens t, int k) {
    int year = t.number(k);
    if (k >= 2 && shortGap(t, k - 1) && shortGap(t, k)) {
      int month = monthAt(t, k - 2);
      if (month > 0 && isDay(t, k - 1)) {
        return date(year, month, t.number(k - 1));
      }
      month = monthAt(t, k - 1);
      if (month > 0 && isDay(t, k - 2)) {
        return date(year, month, t.number(k - 2));
      }
    }
    if (k + 2 < t.size()
        && t.length(k + 1) == 2
        && t.isNumber(k + 1)
        && t.length(k + 2) == 2
        && t.isNumber(k + 2)
        && t.gapIs(k + 1, "-")
        && t.gapIs(k + 2, "-")) {
      return date(year, t.number(k + 1), t.number(k + 2));
    }
    return null;
  }

  private static int monthAt(Tokens t, int i) {
    return t.length(i) >= 3 && t.length(i) <= 9 && Character.isLetter(t.firstChar(i))
        ? Months.month(t.text(), t.start(i), t.end(i))
        : 0;
  }

  private static boolean isDay(Tokens t, int i) {
    return t.length(i) <= 2 && t.isNumber(i);
  }

  /** At most ", " or ". " between the parts of a date. */
  private static boolean shortGap(Tokens t, int i) {
    int from = t.gapStart(i);
    int to = t.start(i);
    if (to == from || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.text().charAt(k);
      if (c != ' ' && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // Feb. 29 outside a leap year, Sept. 31
    }
  }
}
