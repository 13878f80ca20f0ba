package io.dispatchline.ingest.split.datelines;

/**
 * Datelines of Korean wire copy: place and agency joined by "=" in brackets, then the reporter's
 * credit up to another "=":
 *
 * <pre>
 *   (서울=연합뉴스) 김철수 기자 = …     Yonhap
 *   (서울=뉴스1) 한수현 기자 = …        News1
 *   [서울=뉴시스]김지현 기자 = …         Newsis
 * </pre>
 *
 * The credit belongs to the dateline, not to the story.
 */
final class KoreanDatelines {
  private static final int MAX_BRACKETED = 24;

  /** A reporter's credit ("한수현 기자", "워싱턴 특파원") is a few words before its "=". */
  private static final int MAX_CREDIT = 40;

  private final Agencies agencies;

  KoreanDatelines(Agencies agencies) {
    this.agencies = agencies;
  }

  /** Whether the paragraph opens like one: a bracket with an "=" in it. */
  static boolean mayStart(String p) {
    if (p.length() < 5 || (p.charAt(0) != '(' && p.charAt(0) != '[')) {
      return false;
    }
    int eq = p.indexOf('=', 1);
    return eq > 1 && eq < MAX_BRACKETED;
  }

  Dateline parse(String p) {
    char closer = p.charAt(0) == '(' ? ')' : ']';
    int close = p.indexOf(closer, 1);
    int eq = p.indexOf('=', 1);
    if (close < 0 || close > MAX_BRACKETED || eq > close) {
      return null;
    }
    String place = p.substring(1, eq).strip();
    String agency = agencies.known(p.substring(eq + 1, close));
    if (agency == null || place.isEmpty() || !place.codePoints().allMatch(Character::isLetter)) {
      return null;
    }
    int end = close + 1;
    int credit = p.indexOf('=', end);
    if (credit > 0 && credit - end <= MAX_CREDIT && isCredit(p.substring(end, credit))) {
      end = credit + 1;
    }
    int body = end;
    while (body < p.length() && Character.isWhitespace(p.charAt(body))) {
      body++;
    }
    if (body >= p.length()) {
      return null;
    }
    return new Dateline(place, agency, p.substring(0, end).strip(), null, 0, 0, 0, body, false);
  }

  /** Names and titles only: no sentence's punctuation before the "=". */
  private static boolean isCredit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '·' && c != ',') {
        return false;
      }
    }
    return true;
  }
}
