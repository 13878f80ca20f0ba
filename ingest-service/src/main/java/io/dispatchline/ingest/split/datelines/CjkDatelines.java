package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.CharClass;

/**
 * Datelines of Chinese and Japanese wire copy, which have no spaces and no Latin separators:
 *
 * <pre>
 *   新华社北京10月26日电（记者 王明）…   agency, place, month 月 day 日, 电 (or 讯), the reporters
 *   本报北京10月26日电 …                 "this paper": a newspaper's own correspondent, no agency
 *   【北京共同】…                          Kyodo and Jiji: place and agency in lenticular brackets
 * </pre>
 *
 * The reporter credit after the dateline belongs to it, not to the story.
 */
final class CjkDatelines {
  private static final int MAX_AGENCY = 6;
  private static final int MAX_PLACE = 8;
  private static final int MAX_CREDIT = 40;
  private static final int MAX_BRACKETED = 16;
  private static final String OWN_CORRESPONDENT = "本报";
  private static final String REPORTER = "记者";
  private static final String REPORTS = "报道";

  private final Agencies agencies;

  CjkDatelines(Agencies agencies) {
    this.agencies = agencies;
  }

  /** Whether a paragraph may open with such a dateline: a Han character or a 【. */
  static boolean mayStart(String p) {
    return !p.isEmpty() && (p.charAt(0) == '\u3010' || CharClass.isCjk(p.charAt(0)));
  }

  Dateline parse(String p) {
    return p.charAt(0) == '\u3010' ? bracketed(p) : filed(p);
  }

  /**
   * Where a bracketed dateline ("【ニューヨーク共同】") stands inside a paragraph, after other text (a
   * caption run into it); -1 when none.
   */
  static int bracketedAt(String t, DatelineParser parser) {
    int open = -1;
    for (int i = 1; i < Math.min(t.length(), MAX_RUN_IN); i++) {
      if (t.charAt(i) == '\u3010') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return -1;
    }
    return parser.parse(t.substring(open)) != null ? open : -1;
  }

  /** How a filed dateline inside a paragraph starts: a wire's name in Chinese, or 本报. */
  private static final String[] FILED_OPENINGS = {"新华社", "新華社", "本报", "中新社", "中新网", "中新網"};

  /**
   * Where a filed dateline ("新华社北京4月8日电") stands inside a paragraph after a space, run in after a
   * paper's page label, the title and its deck ("第1版(要闻)专栏: 标题 副题 新华社北京4月8日电 …"); -1 when none. The
   * text before it ends no sentence, so a dateline quoted in a story stays there.
   */
  static int filedAt(String t, DatelineParser parser) {
    int end = Math.min(t.length(), MAX_RUN_IN);
    for (int i = t.indexOf(' ', 1); i > 0 && i + 1 < end; i = t.indexOf(' ', i + 1)) {
      if (t.charAt(i - 1) == '\u3002') {
        return -1; // "。 新华社…": a sentence ended, so this is inside a story
      }
      int at = i + 1;
      for (String opening : FILED_OPENINGS) {
        if (t.startsWith(opening, at)) {
          return t.lastIndexOf('\u3002', at) < 0 && parser.parse(t.substring(at)) != null ? at : -1;
        }
      }
    }
    return -1;
  }

  /** Text run into a bracketed dateline is at most a caption's length. */
  private static final int MAX_RUN_IN = 300;

  /**
   * "【北京共同】": a place and a listed agency inside the brackets; "【新華社北京3月7日】": the agency first,
   * then the place and the date.
   */
  private Dateline bracketed(String p) {
    int close = p.indexOf('\u3011');
    if (close < 3 || close > MAX_BRACKETED || close + 1 >= p.length()) {
      return null;
    }
    int body = skipSpaces(p, close + 1);
    for (int a = 2; a < close - 1 && a <= MAX_AGENCY; a++) {
      String agency = agencies.known(p.substring(close - a, close));
      if (agency != null) {
        String place = p.substring(1, close - a);
        return new Dateline(place, agency, p.substring(0, close + 1), null, 0, 0, 0, body, false);
      }
    }
    for (int a = Math.min(MAX_AGENCY, close - 2); a >= 2; a--) {
      String agency = agencies.known(p.substring(1, 1 + a));
      if (agency == null) {
        continue;
      }
      int digits = 1 + a;
      while (digits < close && CharClass.isCjk(p.charAt(digits))) {
        digits++;
      }
      int[] date = new int[2];
      boolean dated = digits < close && date(p, digits, close, date) == close;
      if (digits == 1 + a || !(dated || digits == close)) {
        return null;
      }
      return new Dateline(
          p.substring(1 + a, digits),
          agency,
          p.substring(0, close + 1),
          dated ? p.substring(digits, close) : null,
          dated ? date[0] : 0,
          dated ? date[1] : 0,
          0,
          body,
          false);
    }
    return null;
  }

  /** "新华社北京10月26日电（记者 王明）": agency or 本报, place, date, 电 or 讯, credit. */
  private Dateline filed(String p) {
    int limit = Math.min(p.length(), MAX_AGENCY + MAX_PLACE + 20);
    String agency = null;
    int placeStart = -1;
    if (p.startsWith(OWN_CORRESPONDENT)) {
      placeStart = OWN_CORRESPONDENT.length();
    } else {
      for (int a = MAX_AGENCY; a >= 2 && placeStart < 0; a--) {
        if (a < limit && (agency = agencies.known(p.substring(0, a))) != null) {
          placeStart = a;
        }
      }
    }
    if (placeStart < 0) {
      return null;
    }
    int digits = placeStart;
    while (digits < limit
        && digits - placeStart <= MAX_PLACE
        && CharClass.isCjk(p.charAt(digits))) {
      digits++;
    }
    if (digits >= limit
        || digit(p.charAt(digits)) < 0
        || (digits == placeStart && agency == null)) {
      return null; // "中新網3月3日電": a listed agency may name no place
    }
    int[] date = new int[2];
    int dateEnd = date(p, digits, limit, date);
    if (dateEnd < 0 || dateEnd >= p.length()) {
      return null;
    }
    char filedMark = p.charAt(dateEnd);
    if (filedMark != '电' && filedMark != '電' && filedMark != '讯' && filedMark != '訊') {
      return null;
    }
    int end = dateEnd + 1;
    int credit = skipSpaces(p, end);
    if (credit < p.length() && (p.charAt(credit) == '（' || p.charAt(credit) == '(')) {
      char closer = p.charAt(credit) == '（' ? '）' : ')';
      int close = p.indexOf(closer, credit + 1);
      if (close > 0 && close - credit <= MAX_CREDIT) {
        end = close + 1;
      }
    }
    if (end == dateEnd + 1 && p.startsWith(REPORTER, credit)) {
      // "…电记者张金江报道:", "…电 记者戴枫报道:": the credit without brackets, up to its "reports:"
      int reports = p.indexOf(REPORTS, credit);
      if (reports > 0 && reports - credit <= MAX_CREDIT) {
        end = reports + REPORTS.length();
        if (end < p.length() && (p.charAt(end) == ':' || p.charAt(end) == '：')) {
          end++;
        }
      }
    }
    int body = skipSpaces(p, end);
    if (body >= p.length()) {
      return null;
    }
    return new Dateline(
        digits == placeStart ? null : p.substring(placeStart, digits),
        agency,
        p.substring(0, end),
        p.substring(digits, dateEnd),
        date[0],
        date[1],
        0,
        body,
        false);
  }

  /** "10月26日" from {@code from}: month and day into {@code out}; the end, or -1. */
  private static int date(String p, int from, int limit, int[] out) {
    int i = from;
    int month = 0;
    while (i < limit && i - from < 2 && digit(p.charAt(i)) >= 0) {
      month = month * 10 + digit(p.charAt(i++));
    }
    if (i >= limit || p.charAt(i) != '月' || month < 1 || month > 12) {
      return -1;
    }
    int d = ++i;
    int day = 0;
    while (i < limit && i - d < 2 && digit(p.charAt(i)) >= 0) {
      day = day * 10 + digit(p.charAt(i++));
    }
    if (i >= limit || p.charAt(i) != '日' || day < 1 || day > 31) {
      return -1;
    }
    out[0] = month;
    out[1] = day;
    return i + 1;
  }

  /** 0–9 for an ASCII or full-width digit, else -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uff10' && c <= '\uff19') {
      return c - '\uff10';
    }
    return -1;
  }

  private static int skipSpaces(String p, int from) {
    int i = from;
    while (i < p.length() && (Character.isWhitespace(p.charAt(i)) || p.charAt(i) == '\u3000')) {
      i++;
    }
    return i;
  }
}
