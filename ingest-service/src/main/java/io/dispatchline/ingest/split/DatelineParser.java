package io.dispatchline.ingest.split;

/**
 * Recognises a dateline at the start of a paragraph, by a hand-written scanner rather than a
 * regular expression: it looks at no more than the first {@value #MAX_DATELINE} characters and at
 * each of them a bounded number of times, so any paragraph costs O(1).
 *
 * <p>Grammar, in order:
 *
 * <pre>
 *   place      ALL-CAPS words ("BISHKEK", "NEW YORK", "HAVANA / BEIJING"), or Title-case words
 *              ("Riyadh") when an agency follows
 *   [, region] ", Kenya", ", South Africa", ", N.Y."
 *   [, date]   ", Oct. 26", ", Nov 14", ", Sept 30", ", October 26." with an optional ", 2023"
 *   [agency]   "(Xinhua)", "(Reuters)", "(AP)", or TASS style "/TASS/."
 *   separator  "—", "–", "--", "-" or ":" (the TASS slash form is its own separator)
 *   text       at least one space, then the story
 * </pre>
 *
 * A date line alone ("BISHKEK, October 26, 2023") has no separator and text and is no dateline.
 */
final class DatelineParser {
  /** A dateline ends within this many characters of the paragraph start. */
  static final int MAX_DATELINE = 120;

  private static final int MAX_PLACE_WORDS = 6;
  private static final int MAX_REGION_WORDS = 3;
  private static final int MAX_AGENCY = 30;

  private final Agencies agencies;

  DatelineParser(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The dateline the paragraph starts with, or null. */
  Dateline parse(String p) {
    int limit = Math.min(p.length(), MAX_DATELINE);
    boolean titleCasePlace = false;
    int placeEnd = capsPlace(p, 0, limit, true);
    if (placeEnd < 0) {
      placeEnd = titlePlace(p, 0, limit);
      titleCasePlace = true;
      if (placeEnd < 0) {
        return null;
      }
    }
    int locatedEnd = placeEnd;
    int pos = placeEnd;
    DateMatch date = null;
    if (pos < limit && p.charAt(pos) == ',') {
      int q = skipSpaces(p, pos + 1, limit);
      date = date(p, q, limit);
      if (date == null) {
        int regionEnd = region(p, q, limit);
        if (regionEnd < 0) {
          return null;
        }
        locatedEnd = regionEnd;
        pos = regionEnd;
        if (pos < limit && p.charAt(pos) == ',') {
          date = date(p, skipSpaces(p, pos + 1, limit), limit);
          if (date == null) {
            return null;
          }
        }
      }
      if (date != null) {
        pos = date.end;
      }
    }

    String agency = null;
    boolean slashAgency = false;
    int a = skipSpaces(p, pos, limit);
    if (a < limit && p.charAt(a) == '(') {
      int close = indexOf(p, ')', a + 1, Math.min(limit, a + 2 + MAX_AGENCY));
      if (close < 0) {
        return null;
      }
      String printed = p.substring(a + 1, close);
      agency = agencies.known(printed);
      if (agency == null && !titleCasePlace && looksLikeAgency(printed)) {
        // An agency we do not list ("WASHINGTON (CNN) —") is kept as printed.
        agency = printed.strip();
      }
      if (agency == null) {
        return null;
      }
      pos = close + 1;
    } else if (a < limit && p.charAt(a) == '/') {
      int close = indexOf(p, '/', a + 1, Math.min(limit, a + 2 + MAX_AGENCY));
      if (close < 0 || (agency = agencies.known(p.substring(a + 1, close))) == null) {
        return null;
      }
      pos = close + 1;
      if (pos < limit && p.charAt(pos) == '.') {
        pos++;
      }
      slashAgency = true;
    }
    if (titleCasePlace && agency == null) {
      return null;
    }

    int sepEnd = separator(p, skipSpaces(p, pos, limit), limit);
    if (sepEnd < 0) {
      if (!slashAgency) {
        return null;
      }
      sepEnd = pos;
    }
    int bodyStart = skipSpaces(p, sepEnd, p.length());
    if (bodyStart == sepEnd || bodyStart >= p.length()) {
      return null;
    }
    return new Dateline(
        p.substring(0, locatedEnd),
        agency,
        p.substring(0, sepEnd),
        date == null ? null : p.substring(date.start, date.textEnd),
        date == null ? 0 : date.month,
        date == null ? 0 : date.day,
        date == null ? 0 : date.year,
        bodyStart);
  }

  /**
   * Month, day, optional year; {@code textEnd} ends the date as printed, {@code end} after a dot.
   */
  private record DateMatch(int start, int textEnd, int end, int month, int day, int year) {}

  private static DateMatch date(String p, int from, int limit) {
    int w = from;
    while (w < limit && w - from < 10 && isAsciiLetter(p.charAt(w))) {
      w++;
    }
    int month = Months.month(p.subSequence(from, w));
    if (month == 0) {
      return null;
    }
    int pos = w;
    if (pos < limit && p.charAt(pos) == '.') {
      pos++;
    }
    int d = skipSpaces(p, pos, limit);
    if (d == pos) {
      return null;
    }
    int dayEnd = digits(p, d, limit, 2);
    if (dayEnd < 0) {
      return null;
    }
    int day = Integer.parseInt(p, d, dayEnd, 10);
    if (day < 1 || day > 31) {
      return null;
    }
    int textEnd = dayEnd;
    int year = 0;
    if (dayEnd + 1 < limit && p.charAt(dayEnd) == ',') {
      int y = skipSpaces(p, dayEnd + 1, limit);
      int yearEnd = digits(p, y, limit, 4);
      if (yearEnd == y + 4) {
        year = Integer.parseInt(p, y, yearEnd, 10);
        textEnd = yearEnd;
      }
    }
    int end = textEnd;
    if (end < limit && p.charAt(end) == '.') {
      end++; // TASS: "October 26. /TASS/."
    }
    return new DateMatch(from, textEnd, end, month, day, year);
  }

  /** End of a run of 1..max ASCII digits not followed by a letter or digit, or -1. */
  private static int digits(String p, int from, int limit, int max) {
    int i = from;
    while (i < limit && i - from < max && p.charAt(i) >= '0' && p.charAt(i) <= '9') {
      i++;
    }
    if (i == from || (i < p.length() && Character.isLetterOrDigit(p.charAt(i)))) {
      return -1;
    }
    return i;
  }

  /**
   * End of an ALL-CAPS place: up to {@value #MAX_PLACE_WORDS} words apart by single spaces, and
   * (when {@code allowSlash}) further places after a slash ("HAVANA / BEIJING"); -1 if none.
   */
  private static int capsPlace(String p, int from, int limit, boolean allowSlash) {
    int pos = from;
    int end = -1;
    for (int words = 0; words < MAX_PLACE_WORDS; words++) {
      int w = capsWord(p, pos, limit);
      if (w < 0) {
        break;
      }
      end = w;
      if (w + 1 < limit && p.charAt(w) == ' ' && capsWord(p, w + 1, limit) > 0) {
        pos = w + 1;
        continue;
      }
      int slash = w < limit && p.charAt(w) == ' ' ? w + 1 : w;
      if (allowSlash && slash < limit && p.charAt(slash) == '/') {
        int next = slash + 1 < limit && p.charAt(slash + 1) == ' ' ? slash + 2 : slash + 1;
        int nextEnd = capsWord(p, next, limit);
        // "MOSCOW /TASS/." is a place and an agency, not two places.
        if (nextEnd > 0 && !(nextEnd < limit && p.charAt(nextEnd) == '/')) {
          pos = next;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /** End of one ALL-CAPS word ("BISHKEK", "U.S.", "AL-ARISH", "N'DJAMENA"), or -1. */
  private static int capsWord(String p, int from, int limit) {
    if (from >= limit || !isUpperLetter(p.charAt(from))) {
      return -1;
    }
    int letters = 0;
    int i = from;
    while (i < limit) {
      char c = p.charAt(i);
      if (isUpperLetter(c)) {
        letters++;
      } else if (c == '.') {
        // "U.S.", "ST."
      } else if ((c == '-' || c == '\'' || c == '\u2019')
          && i + 1 < limit
          && isUpperLetter(p.charAt(i + 1))) {
        // "AL-ARISH", "N'DJAMENA"
      } else {
        break;
      }
      i++;
    }
    if (letters < 2 || (i < p.length() && Character.isLetterOrDigit(p.charAt(i)))) {
      return -1; // "A", or a mixed-case word such as "BEIJINGers"
    }
    return i;
  }

  /** End of a Title-case place ("Riyadh", "Tel Aviv", "Rio de Janeiro"), or -1. */
  private static int titlePlace(String p, int from, int limit) {
    int pos = from;
    int end = -1;
    for (int words = 0; words < 4; words++) {
      int w = titleWord(p, pos, limit);
      if (w < 0) {
        break;
      }
      end = w;
      if (w + 1 >= limit || p.charAt(w) != ' ') {
        break;
      }
      int next = w + 1;
      int particle = particle(p, next, limit);
      if (particle > 0
          && particle + 1 < limit
          && p.charAt(particle) == ' '
          && titleWord(p, particle + 1, limit) > 0) {
        pos = particle + 1;
      } else if (titleWord(p, next, limit) > 0) {
        pos = next;
      } else {
        break;
      }
    }
    return end;
  }

  /** End of a Title-case word ("Riyadh", "Port-au-Prince", "Calif."), or -1. */
  private static int titleWord(String p, int from, int limit) {
    if (from >= limit || !isUpperLetter(p.charAt(from))) {
      return -1;
    }
    int lower = 0;
    int i = from + 1;
    while (i < limit) {
      char c = p.charAt(i);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if ((c == '-' || c == '\'' || c == '\u2019')
          && i + 1 < limit
          && Character.isLetter(p.charAt(i + 1))) {
        // "Port-au-Prince", "Sana'a"
      } else if (c == '.' && lower > 0) {
        i++; // "Calif." ends the word
        break;
      } else {
        break;
      }
      i++;
    }
    if (lower == 0 || (i < p.length() && Character.isLetterOrDigit(p.charAt(i)))) {
      return -1;
    }
    return i;
  }

  /** End of a short lower-case particle inside a place name ("de", "al", "es"), or -1. */
  private static int particle(String p, int from, int limit) {
    int i = from;
    while (i < limit && i - from < 3 && Character.isLowerCase(p.charAt(i))) {
      i++;
    }
    return i > from && i < limit && p.charAt(i) == ' ' ? i : -1;
  }

  /** End of a region after the place ("Kenya", "South Africa", "N.Y.", "KENYA"), or -1. */
  private static int region(String p, int from, int limit) {
    int end = -1;
    int pos = from;
    for (int words = 0; words < MAX_REGION_WORDS; words++) {
      int w = titleWord(p, pos, limit);
      if (w < 0) {
        w = capsWord(p, pos, limit);
      }
      if (w < 0) {
        break;
      }
      end = w;
      if (w + 1 < limit && p.charAt(w) == ' ' && isUpperLetter(p.charAt(w + 1))) {
        pos = w + 1;
      } else {
        break;
      }
    }
    return end;
  }

  /** End of a dateline separator at {@code i} ("—", "–", "--", "-", ":"), or -1. */
  private static int separator(String p, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    return switch (p.charAt(i)) {
      case '\u2014', '\u2013', '\u2015', '\u2012', ':' -> i + 1;
      case '-' -> i + 1 < limit && p.charAt(i + 1) == '-' ? i + 2 : i + 1;
      default -> -1;
    };
  }

  /**
   * Agency-like text in parentheses: a capitalised short name, letters only ("CNN", "The Hill").
   */
  private static boolean looksLikeAgency(String s) {
    if (s.length() < 2 || s.length() > MAX_AGENCY || !isUpperLetter(s.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '&') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static int skipSpaces(String p, int from, int limit) {
    int i = from;
    while (i < limit && Texts.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int indexOf(String p, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (p.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUpperLetter(char c) {
    return Character.isUpperCase(c) && Character.isLetter(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
