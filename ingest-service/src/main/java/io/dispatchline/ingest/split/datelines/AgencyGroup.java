package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.Texts;

/**
 * What a dateline prints in parentheses: an agency ("(Xinhua)"), an agency with credits and a date
 * ("(APP - UrduPoint / Pakistan Point News - 29th Nov, 2023)"), a date alone ("(Nov 29)"), or a
 * region ("(Afghanistan)" in "Kandahar (Afghanistan) (AFP)").
 *
 * @param end after the closing parenthesis
 * @param agency the normalised agency, or the first credit as printed when no agency is known; null
 *     for a date or region group
 * @param knownAgency true when {@code agency} is a listed agency
 * @param date the date inside, or null
 * @param region true when the group only names a known place
 */
public record AgencyGroup(
    int end, String agency, boolean knownAgency, DateText date, boolean region) {
  /** The longest group read: "(APP - UrduPoint / Pakistan Point News - 29th Nov, 2023 )". */
  static final int MAX_GROUP = 80;

  private static final int MAX_PART = 40;

  /** The group opening at {@code open} ('('), or null when it is no dateline group. */
  static AgencyGroup at(String p, int open, int limit, Agencies agencies, Places places) {
    int close = indexOf(p, ')', open + 1, Math.min(limit, open + MAX_GROUP));
    if (close < 0) {
      return null;
    }
    String agency = null;
    boolean known = false;
    DateText date = null;
    int parts = 0;
    boolean onlyPlace = true;
    int pos = skipSpaces(p, open + 1, close);
    while (pos < close) {
      DateText d = DateText.at(p, pos, close);
      int partEnd;
      if (d != null && date == null) {
        date = d;
        partEnd = d.textEnd();
        onlyPlace = false;
      } else {
        partEnd = partEnd(p, pos, close);
        String part = p.substring(pos, partEnd).strip();
        if (part.isEmpty() || part.length() > MAX_PART || !looksLikeName(part)) {
          return null;
        }
        String normal = agencies.known(part);
        if (normal == null && !known && !Character.isUpperCase(part.charAt(0))) {
          // "(and others)": only listed agencies may be printed in lower case, and after one its
          // regional service ("(dpa/lno)")
          return null;
        }
        if (normal != null && !known) {
          agency = normal;
          known = true;
        } else if (agency == null) {
          agency = part;
        }
        onlyPlace &= normal == null && places.known(part);
      }
      parts++;
      pos = skipSeparator(p, partEnd, close);
      if (pos < 0) {
        return null;
      }
    }
    if (parts == 0) {
      return null;
    }
    if (onlyPlace && date == null) {
      return new AgencyGroup(close + 1, null, false, null, true);
    }
    // An unlisted name is an agency alone ("(CNN)") or with a date ("(UrduPoint - 29th Nov,
    // 2023)"); "(United Nations, New York)" is an aside, not a dateline.
    if (!known && agency != null && parts > 1 && date == null) {
      return null;
    }
    return new AgencyGroup(close + 1, agency, known, date, false);
  }

  /** End of a credit: up to the next " - ", "/", "|", "," or the closing parenthesis. */
  private static int partEnd(String p, int from, int close) {
    for (int i = from; i < close; i++) {
      char c = p.charAt(i);
      if (c == '/' || c == '|' || c == ',' || c == '\u2013' || c == '\u2014') {
        return i;
      }
      if (c == '-' && i > from && Texts.isSpace(p.charAt(i - 1))) {
        return i; // " - "; a hyphen inside a name ("Agence France-Presse") is part of it
      }
    }
    return close;
  }

  /** Past a separator and spaces to the next part; the close when none is left; -1 if unclear. */
  private static int skipSeparator(String p, int from, int close) {
    int i = skipSpaces(p, from, close);
    if (i >= close) {
      return close;
    }
    char c = p.charAt(i);
    if (c != '/' && c != '|' && c != ',' && c != '-' && c != '\u2013' && c != '\u2014') {
      return -1;
    }
    return skipSpaces(p, i + 1, close);
  }

  /**
   * A capitalised name of letters, spaces, dots, hyphens, apostrophes and '&' ("CNN", "The Hill",
   * "ITAR-TASS", "dpa").
   */
  private static boolean looksLikeName(String s) {
    if (!Character.isLetter(s.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '&' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static int indexOf(String p, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (p.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpaces(String p, int from, int limit) {
    int i = from;
    while (i < limit && Texts.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }
}
