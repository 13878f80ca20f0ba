package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digests and feeds flattened to text run a story's headline into its dateline: "----------
 * Suspended licences eyed over drug possession TOKYO - Tokyo police plan …". Where a paragraph
 * holds, after a headline's worth of words that end no sentence, an ALL-CAPS dateline of a listed
 * agency or a place the gazetteer knows, the headline becomes a paragraph of its own and the
 * dateline opens the next (a leading rule of dashes is dropped).
 */
public final class GluedDatelines {
  /** The headline before a glued dateline is at most this long. */
  private static final int MAX_HEADLINE = 200;

  private static final int MIN_HEADLINE_WORDS = 3;
  private static final int MAX_HEADLINE_WORDS = 25;

  private GluedDatelines() {}

  public static List<Block> split(List<Block> blocks, DatelineParser parser) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int at = b.heading() || b.caption() ? -1 : gluedAt(b.text(), parser);
      int bracket = at > 0 ? -1 : CjkDatelines.bracketedAt(b.text(), parser);
      if (bracket < 0 && at <= 0 && b.text().indexOf(' ') > 0 && hasCjk(b.text())) {
        bracket = CjkDatelines.filedAt(b.text(), parser);
      }
      if (bracket > 0) {
        // "…タイムズスクエア（共同）【ニューヨーク共同】米…": a caption run into the dateline
        if (out == null) {
          out = new ArrayList<>(blocks.size() + 8);
          out.addAll(blocks.subList(0, i));
        }
        out.add(new Block(b.text().substring(0, bracket).strip(), false, false));
        out.add(new Block(b.text().substring(bracket), false, false, b.linkDensity()));
        continue;
      }
      if (at > 0 && out == null) {
        out = new ArrayList<>(blocks.size() + 8);
        out.addAll(blocks.subList(0, i));
      }
      if (at > 0) {
        String t = b.text();
        int from = headStart(t);
        out.add(new Block(t.substring(from, at).strip(), true, false));
        out.add(new Block(t.substring(at), false, false, b.linkDensity()));
      } else if (out != null) {
        out.add(b);
      }
    }
    return out == null ? blocks : out;
  }

  /** A Han character or kana in the paragraph's first few characters. */
  private static boolean hasCjk(String t) {
    for (int i = 0, n = Math.min(t.length(), 8); i < n; i++) {
      if (io.dispatchline.ingest.split.text.CharClass.isCjk(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where a dateline glued to a headline starts in {@code t}, or -1. */
  static int gluedAt(String t, DatelineParser parser) {
    if (t.length() < 40) {
      return -1;
    }
    int at = candidateAt(t, parser);
    // A paragraph that is itself a dateline has nothing glued to it; parsed last, since a
    // candidate is rare and the parse is the dearer test.
    return at > 0 && parser.parse(t) == null ? at : -1;
  }

  private static int candidateAt(String t, DatelineParser parser) {
    int from = headStart(t);
    int limit = Math.min(t.length() - 3, from + MAX_HEADLINE);
    if (limit <= from + 1) {
      return -1;
    }
    // The headline's window copied once: the per-character loop then reads an array, without
    // String's index checks (most paragraphs are UTF-16 for one dash or quote).
    char[] w = new char[limit - from];
    t.getChars(from, limit, w, 0);
    int words = 0;
    // Where the next comma and the next character that is neither a letter nor a space stand:
    // found once and reused while i has not passed them, so the look-ahead of each capital
    // ("Place, date" or EFE's "Place.-") costs no rescan of the same characters.
    Ahead ahead = new Ahead(t, Math.min(t.length(), limit + MAX_PLACE + 2));
    for (int i = from + 1; i < limit; i++) {
      // "… for Tamil schoolsKuala Lumpur, Jan. 14 : …": a page that lost the line break between
      // headline and dateline glues a lower-case letter to the place's capital
      char c = w[i - from];
      boolean capital = c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
      if (!capital && w[i - from - 1] != ' ') {
        continue; // inside a word: most characters stop here
      }
      boolean camel =
          capital
              && words >= MIN_HEADLINE_WORDS - 1
              && t.charAt(i - 1) != ' '
              && Character.isLowerCase(t.charAt(i - 1))
              && Character.isUpperCase(t.charAt(i))
              && i + 1 < t.length()
              && Character.isLowerCase(t.charAt(i + 1))
              && ahead.datedComma(i);
      if (camel) {
        Dateline d = parser.parse(t.substring(i, Math.min(t.length(), i + MAX_DATED_DATELINE)));
        if (d != null
            && d.located() != null
            && d.knownPlace()
            && d.month() > 0
            && isHeadline(t.substring(from, i).strip())) {
          return i;
        }
        continue;
      }
      if (t.charAt(i - 1) != ' ') {
        continue;
      }
      char before = i >= 2 ? t.charAt(i - 2) : ' ';
      // "… said. TOKYO" ends a sentence; "N. Korea fires" and "U.S. envoy" do not.
      boolean stop =
          before == '!'
              || before == '?'
              || (before == '.' && i >= 3 && Character.isLowerCase(t.charAt(i - 3)));
      if (stop) {
        return -1; // a sentence ended: this is prose, and whatever follows is inside it
      }
      if (++words > MAX_HEADLINE_WORDS) {
        return -1;
      }
      if (words < MIN_HEADLINE_WORDS) {
        continue;
      }
      boolean caps = isCaps(t, i);
      boolean efe = !caps && Character.isUpperCase(t.charAt(i)) && ahead.efeSeparator(i);
      if (!caps && !efe && !(Character.isUpperCase(t.charAt(i)) && ahead.datedComma(i))) {
        continue;
      }
      String head = t.substring(from, i).strip();
      if (!isHeadline(head)) {
        if (endsSentence(head)) {
          return -1; // prose: the ALL-CAPS word is inside a story
        }
        continue;
      }
      if (efe) {
        // "Arrestaron a jóvenes … Managua.- Trece jóvenes …": EFE's ".-" after a known place
        Dateline d = parser.parse(t.substring(i));
        if (d != null && d.located() != null && d.knownPlace()) {
          return i;
        }
        continue;
      }
      if (caps) {
        Dateline d = parser.parse(t.substring(i));
        if (d != null && d.located() != null && (d.agency() != null || d.knownPlace())) {
          return knownPlaceInside(t, i, d, parser);
        }
      } else {
        // "Nooruz celebrated in Germany Bishkek, March 20, 2018 / Kabar /. The …": a Title-case
        // place counts only in a full dateline, with its date and its agency.
        Dateline d = parser.parse(t.substring(i, Math.min(t.length(), i + MAX_DATED_DATELINE)));
        // "Germany Bishkek, March 20": of two words before the comma, the place is the last one,
        // unless the gazetteer knows both as one ("New Delhi, March 20").
        boolean oneWord = t.lastIndexOf(' ', commaAfter(t, i)) < i;
        if (d != null
            && d.located() != null
            && d.agency() != null
            && d.month() > 0
            && (oneWord || d.knownPlace())) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A shouted place is a few words; a longer run holds the end of a shouted title. */
  private static final int MAX_PLACE_WORDS = 3;

  /**
   * "… OEUVRER POUR LA PAIX AU PROCHE-ORIENT PARIS (Reuters) -": a shouted title run into a shouted
   * place reads as one long place; the dateline starts at the last words of that run that the
   * gazetteer knows as a place, if any do.
   */
  private static int knownPlaceInside(String t, int at, Dateline d, DatelineParser parser) {
    String place = d.located();
    if (d.knownPlace() || place.split(" ").length <= MAX_PLACE_WORDS) {
      return at;
    }
    for (int k = place.indexOf(' '); k > 0; k = place.indexOf(' ', k + 1)) {
      int start = at + k + 1;
      Dateline inner = parser.parse(t.substring(start));
      if (inner != null
          && inner.knownPlace()
          && java.util.Objects.equals(inner.agency(), d.agency())) {
        return start;
      }
    }
    return at;
  }

  /**
   * After a leading rule of three or more dashes ("---------- "), itself after a bracketed source
   * credit ("(Japan Economic Newswire Via Acquire Media NewsEdge) ----------"); else 0.
   */
  private static int ruleEnd(String t) {
    int i = 0;
    if (t.startsWith("(")) {
      int close = t.indexOf(')');
      if (close > 0
          && close < MAX_HEADLINE
          && close + 1 < t.length()
          && t.charAt(close + 1) == ' ') {
        int j = close + 2;
        int k = j;
        while (k < t.length() && (t.charAt(k) == '-' || t.charAt(k) == '\u2014')) {
          k++;
        }
        if (k - j >= 3) {
          return k;
        }
      }
    }
    while (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '\u2014')) {
      i++;
    }
    return i >= 3 ? i : 0;
  }

  /**
   * A flattened feed prints its channel's title, build date and time to live before the first
   * item's title ("Breaking news Wed, 21 Mar 2018 06:49:25 +0600 60 Final Tournament …"): the
   * headline starts after the last RFC 822 time stamp.
   */
  private static final Pattern FEED_STAMP =
      Pattern.compile("\\d{2}:\\d{2}(?::\\d{2})? (?:[+-]\\d{4}|GMT|UTC|[A-Z]{3})(?: \\d{1,5})? ");

  /** Channel stamps stand within this many characters of the line's start. */
  private static final int MAX_FEED_HEADER = 400;

  /** Where the headline before a glued dateline may start: after a rule or a feed's stamps. */
  private static int headStart(String t) {
    int from = ruleEnd(t);
    int end = Math.min(t.length(), from + MAX_FEED_HEADER);
    if (!hasClock(t, from, end)) {
      return from; // the stamp's "hh:mm" is missing from almost every paragraph: no regex then
    }
    Matcher m = FEED_STAMP.matcher(t).region(from, end);
    while (m.find()) {
      from = m.end();
    }
    return from;
  }

  /** A digit, a colon and a digit stand somewhere in {@code t[from, end)}. */
  private static boolean hasClock(String t, int from, int end) {
    for (int k = t.indexOf(':', Math.max(from, 1));
        k > 0 && k + 1 < end;
        k = t.indexOf(':', k + 1)) {
      if (Character.isDigit(t.charAt(k - 1)) && Character.isDigit(t.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A dated dateline and the sentence that opens after it fit in this many characters. */
  private static final int MAX_DATED_DATELINE = 160;

  /** A place's name before its comma is at most this long ("Bishkek", "Nur-Sultan"). */
  private static final int MAX_PLACE = 25;

  /**
   * The word at {@code i} is followed, within a place name's length, by a comma and a month name or
   * a day number: the cheap test before a Title-case word is parsed as a dateline.
   */
  private static boolean datedAfterComma(String t, int comma) {
    if (comma < 0 || comma + 2 >= t.length() || t.charAt(comma + 1) != ' ') {
      return false;
    }
    int w = comma + 2;
    if (Character.isDigit(t.charAt(w))) {
      return true;
    }
    int end = w;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return end > w && Months.monthInAnyLanguage(t.substring(w, end).toLowerCase(Locale.ROOT)) > 0;
  }

  /**
   * The look-ahead of the scan, for positions that only grow: the first comma within a place name's
   * length after a capital, and whether the word there (or the place name it starts) ends in EFE's
   * ".-". Each character is read once however many capitals look past it.
   */
  private static final class Ahead {
    private final String t;
    private final int end;
    private int comma = -1;
    private int other = -1;

    Ahead(String t, int end) {
      this.t = t;
      this.end = end;
    }

    /** The first comma in {@code [i, i + MAX_PLACE]}, or -1. */
    int comma(int i) {
      if (comma < i) {
        comma = t.indexOf(',', i);
        if (comma < 0 || comma >= end) {
          comma = Integer.MAX_VALUE; // none before the window's end: never look again
        }
      }
      return comma <= i + MAX_PLACE && comma < t.length() ? comma : -1;
    }

    private int datedAt = -1;
    private boolean dated;

    /**
     * {@link #datedAfterComma} of the comma after {@code i}: one answer per comma, however many
     * capitals of a list of names ("Prime Minister Alikhan Smailov, Russian …") stand before it.
     */
    boolean datedComma(int i) {
      int c = comma(i);
      if (c < 0) {
        return false;
      }
      if (c != datedAt) {
        datedAt = c;
        dated = datedAfterComma(t, c);
      }
      return dated;
    }

    /** The word at {@code i}, or the place name it starts, ends in ".-". */
    boolean efeSeparator(int i) {
      if (other < i + 1) {
        int k = i + 1;
        while (k < end && (Character.isLetter(t.charAt(k)) || t.charAt(k) == ' ')) {
          k++;
        }
        other = k;
      }
      int stop = Math.min(t.length() - 1, i + MAX_PLACE + 1);
      return other < stop && t.charAt(other) == '.' && t.charAt(other + 1) == '-';
    }
  }

  /** The first comma within a place name's length after {@code i}, or -1. */
  private static int commaAfter(String t, int i) {
    int end = Math.min(t.length(), i + MAX_PLACE + 1);
    for (int k = i; k < end; k++) {
      if (t.charAt(k) == ',') {
        return k;
      }
    }
    return -1;
  }

  /** Two ALL-CAPS letters start here ("TOKYO", "NAHA, Japan" starts "NA"). */
  private static boolean isCaps(String t, int i) {
    return i + 1 < t.length()
        && Character.isUpperCase(t.charAt(i))
        && Character.isUpperCase(t.charAt(i + 1));
  }

  private static boolean isHeadline(String head) {
    int words = Words.count(head);
    return words >= MIN_HEADLINE_WORDS
        && words <= MAX_HEADLINE_WORDS
        && startsTitle(head)
        && !endsSentence(head);
  }

  /**
   * A capital or a digit, or a quotation that opens with one ("\"Con Maduro es imposible …\" …").
   */
  private static boolean startsTitle(String head) {
    int i = head.charAt(0) == '"' || head.charAt(0) == '\u201c' ? 1 : 0;
    return i < head.length()
        && (Character.isUpperCase(head.charAt(i)) || Character.isDigit(head.charAt(i)));
  }

  private static boolean endsSentence(String s) {
    char c = Texts.last(s);
    return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':';
  }
}
