package io.dispatchline.ingest.split.datelines;

/**
 * The place words of a dateline, scanned from a position within a bounded limit: ALL-CAPS places
 * ("BISHKEK", "NEW YORK", "ST. PETERSBURG", "PORT-AU-PRINCE", "HAVANA / BEIJING"), Title-case
 * places ("Riyadh", "Rio de Janeiro") and regions after them ("Kenya", "South Africa", "N.Y.").
 * Each method returns where the words end, or -1.
 */
public final class DatelinePlaces {
  private static final int MAX_PLACE_WORDS = 6;
  private static final int MAX_TITLE_PLACE_WORDS = 4;
  private static final int MAX_REGION_WORDS = 3;

  private DatelinePlaces() {}

  /**
   * End of an ALL-CAPS place: up to {@value #MAX_PLACE_WORDS} words apart by single spaces, and
   * further places after a slash ("HAVANA / BEIJING"); -1 if none.
   */
  static int capsPlace(String p, int from, int limit) {
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
      if (slash < limit && p.charAt(slash) == '/') {
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
  static int titlePlace(String p, int from, int limit) {
    int pos = from;
    int end = -1;
    for (int words = 0; words < MAX_TITLE_PLACE_WORDS; words++) {
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
  static int region(String p, int from, int limit) {
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

  /** A place in a script without capitals is at most this many words ("أبو ظبي"). */
  private static final int MAX_UNCASED_PLACE_WORDS = 3;

  /**
   * End of a place in a script without capitals (Arabic, Persian, Hebrew): up to {@value
   * #MAX_UNCASED_PLACE_WORDS} words of such letters, before the digits of a date; -1 if none.
   */
  static int uncasedPlace(String p, int from, int limit) {
    int end = -1;
    int pos = from;
    for (int words = 0; words < MAX_UNCASED_PLACE_WORDS; words++) {
      int i = pos;
      while (i < limit && isUncasedLetter(p.charAt(i))) {
        i++;
      }
      if (i == pos || (i < limit && Character.isLetterOrDigit(p.charAt(i)))) {
        break;
      }
      end = i;
      if (i + 1 < limit && p.charAt(i) == ' ' && isUncasedLetter(p.charAt(i + 1))) {
        pos = i + 1;
      } else {
        break;
      }
    }
    return end;
  }

  /** A letter of a script that has no upper and lower case (Arabic, Hebrew, Han, Thai). */
  static boolean isUncasedLetter(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c);
  }

  private static boolean isUpperLetter(char c) {
    return Character.isUpperCase(c) && Character.isLetter(c);
  }
}
