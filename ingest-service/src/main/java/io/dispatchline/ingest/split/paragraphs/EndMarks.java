package io.dispatchline.ingest.split.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wire end marks and sign-offs run into the last sentence of a story: "… East Jerusalem. (end)", "…
 * via video link. Enditem", "… by Reuters. (Reporting by Jana Roe; Editing by Li Wei)". They become
 * paragraphs of their own, so that the chrome step can tell them for what they are and the story
 * keeps its last sentence.
 */
public final class EndMarks {
  /** End marks after a sentence, compared in lower case. */
  private static final String[] MARKS = {
    "(end)", "enditem", "(ends)", "/end/", "-end-", "fin", "(fin)", "(конец)"
  };

  /** Sign-offs in brackets after a sentence, compared in lower case. */
  private static final String[] SIGN_OFFS = {
    "(reporting by ", "(writing by ", "(editing by ", "(additional reporting by ", "(compiled by "
  };

  /** A sign-off is short: a bracket of this length or less at the very end. */
  private static final int MAX_SIGN_OFF = 200;

  /** The dashes a credit follows: hyphen, double hyphen, en and em dash. */
  private static final String[] CREDIT_DASHES = {" - ", " -- ", " \u2013 ", " \u2014 "};

  /** " - Bernama": a dash and one word. */
  private static final int MAX_CREDIT = 20;

  private EndMarks() {}

  /** The paragraphs with trailing end marks split off; the same list when there are none. */
  public static List<Block> split(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int at = markAt(b.text());
      if (at > 0 && out == null) {
        out = new ArrayList<>(blocks.size() + 8);
        out.addAll(blocks.subList(0, i));
      }
      if (at > 0) {
        out.add(new Block(b.text().substring(0, at).stripTrailing(), b.heading(), b.caption()));
        out.add(new Block(b.text().substring(at), false, false));
      } else if (out != null) {
        out.add(b);
      }
    }
    return out == null ? blocks : out;
  }

  /** Where an end mark or a sign-off starts after the paragraph's last sentence, or -1. */
  static int markAt(String t) {
    int n = t.length();
    if (n < 8) {
      return -1;
    }
    int desk = deskInitialsAt(t);
    if (desk > 0) {
      // "… the Amir. (end) hb", "… em Havana. EFE arj/cd": the desk's initials after the mark
      String before = t.substring(0, skipBackSpaces(t, desk));
      int at = markAt(before);
      if (at > 0) {
        return at;
      }
      int word = before.lastIndexOf(' ') + 1;
      if (word > 0 && isCapsWord(before, word) && afterSentence(before, word)) {
        return word;
      }
    }
    int closing = closingMarkAt(t);
    if (closing > 0) {
      return closing;
    }
    int note = digestNoteAt(t);
    if (note > 0) {
      int byline = bylineAt(t.substring(0, skipBackSpaces(t, note)));
      return byline > 0 ? byline : note;
    }
    int byline = bylineAt(t);
    if (byline > 0) {
      return byline;
    }
    int word = t.lastIndexOf(' ') + 1;
    if (word > 0 && isCapsWord(t, word) && afterSentence(t, word)) {
      return word; // "… em Havana. EFE": the wire's name after the last sentence
    }
    char last = t.charAt(n - 1);
    if (last != ')' && last != '/' && last != '-' && !Character.isLetter(last)) {
      return -1; // no mark ends otherwise: most paragraphs stop here
    }
    String tail = t.substring(Math.max(0, n - MAX_SIGN_OFF)).toLowerCase(Locale.ROOT);
    int base = n - tail.length();
    for (String mark : MARKS) {
      if (tail.endsWith(mark)) {
        int at = n - mark.length();
        if (afterSentence(t, at)) {
          return at;
        }
        int slug = slugAt(t, skipBackSpaces(t, at));
        return slug > 0 ? slug : -1;
      }
    }
    if (last == ')') {
      int slug = slugAt(t, n);
      if (slug > 0) {
        return slug;
      }
      int credit = bracketedCreditAt(t, n);
      if (credit > 0) {
        return credit;
      }
      int reporter = reporterCreditAt(t, n);
      if (reporter > 0) {
        return reporter;
      }
    }
    // "… previous committee. – Bernama", "… on Monday. -- AFP": a credit after the last sentence
    int dash = -1;
    for (String d : CREDIT_DASHES) {
      dash = Math.max(dash, t.lastIndexOf(d));
    }
    if (dash > 0 && n - dash <= MAX_CREDIT && isCreditWord(t, t.indexOf(' ', dash + 1) + 1)) {
      if (afterSentence(t, dash + 1)) {
        return dash + 1;
      }
    }
    if (last == ')') {
      for (String signOff : SIGN_OFFS) {
        int at = tail.lastIndexOf(signOff);
        if (at >= 0 && tail.indexOf(')', at) == tail.length() - 1 && afterSentence(t, base + at)) {
          return base + at;
        }
      }
    }
    return -1;
  }

  /**
   * End marks that touch the last sentence and may carry the desk's initials in any script after
   * them: Chinese and Japanese "(完)" after "。", KUNA's "(النهاية) ف ش ا / ط أ ب".
   */
  private static final String[] CLOSING_MARKS = {"(完)", "\uff08完\uff09", "(النهاية)", "(انتهى)"};

  /** The longest of the closing marks. */
  private static final int MAX_CLOSING_MARK = 10;

  /** The initials after a closing mark are a few letters and slashes. */
  private static final int MAX_AFTER_MARK = 24;

  private static int closingMarkAt(String t) {
    int window = Math.max(0, t.length() - MAX_AFTER_MARK - MAX_CLOSING_MARK);
    for (String mark : CLOSING_MARKS) {
      int at = t.indexOf(mark, window);
      if (at <= 0 || t.length() - at - mark.length() > MAX_AFTER_MARK) {
        continue;
      }
      String after = t.substring(at + mark.length());
      if (after.chars().anyMatch(c -> c == '.' || c == '\u3002' || Character.isDigit(c))) {
        continue; // a sentence goes on after it: the mark is quoted, not the story's end
      }
      int before = skipBackSpaces(t, at) - 1;
      char c = before >= 0 ? t.charAt(before) : ' ';
      if (c == '.'
          || c == '\u3002'
          || c == '!'
          || c == '?'
          || c == '\u201d'
          || c == '"'
          || c == '\u300d'
          || c == '\uff01'
          || c == '\uff1f') {
        return at;
      }
    }
    return -1;
  }

  /** "By Gene Johnson.": a digest's byline sentence after the story's last, 2–4 names. */
  private static final java.util.regex.Pattern TRAILING_BYLINE =
      java.util.regex.Pattern.compile(" By (?:\\p{Lu}[\\p{L}'.-]*\\s?){2,4}\\.?$");

  /** "By" and up to four names end a paragraph within this many characters. */
  private static final int MAX_TRAILING_BYLINE = 60;

  private static int bylineAt(String t) {
    // Only the tail is read: a paragraph's length costs nothing, however its words run
    int from = Math.max(0, t.length() - MAX_TRAILING_BYLINE);
    if (t.indexOf(" By ", from) < 0) {
      return -1; // most paragraphs: no regular expression run
    }
    java.util.regex.Matcher m = TRAILING_BYLINE.matcher(t).region(from, t.length());
    if (!m.find() || m.start() == 0) {
      return -1;
    }
    int at = m.start() + 1;
    return afterSentence(t, at) ? at : -1;
  }

  /**
   * "(end) hb", "EFE arj/cd", "Enditem mm": an end mark or a wire's name in capitals, then the
   * desk's initials (two letters, or two sets joined by a slash) — the line a story ends with,
   * whatever the page prints after it.
   */
  private static final java.util.regex.Pattern MARK_WITH_INITIALS =
      java.util.regex.Pattern.compile(
          "(?:\\((?:end|ends|fin)\\)|enditem|\\p{Lu}{2,10}) (?:[a-z]{1,2}|[a-z]{1,4}/[a-z]{1,4})",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Such a line is a few characters: the pattern runs on nothing longer. */
  private static final int MAX_MARK_LINE = 24;

  public static boolean isMarkWithDeskInitials(String text) {
    String t = text.strip();
    return t.length() <= MAX_MARK_LINE
        && t.indexOf(' ') > 0
        && Character.isLowerCase(t.charAt(t.length() - 1))
        && MARK_WITH_INITIALS.matcher(t).matches()
        && isCapsOrMark(t.substring(0, t.indexOf(' ')));
  }

  /** "EFE", "AFP" (not "The"), or an end mark. */
  private static boolean isCapsOrMark(String first) {
    return first.startsWith("(") || first.equalsIgnoreCase("enditem") || isCapsWord(first, 0);
  }

  /** A desk's initials: "hb", "arj/cd", "mm/ka". */
  private static final java.util.regex.Pattern DESK_INITIALS =
      java.util.regex.Pattern.compile(" [a-z]{1,4}(?:/[a-z]{1,4})?$");

  /** Where a desk's initials at the paragraph's end start, or -1. */
  private static int deskInitialsAt(String t) {
    char last = t.charAt(t.length() - 1);
    if (last < 'a' || last > 'z') {
      return -1; // most paragraphs end on a full stop
    }
    int from = Math.max(0, t.length() - 12);
    java.util.regex.Matcher m = DESK_INITIALS.matcher(t).region(from, t.length());
    return m.find() ? m.start() + 1 : -1;
  }

  /** An ALL-CAPS word of two to six letters to the end: a wire's name ("EFE", "AFP"). */
  private static boolean isCapsWord(String t, int from) {
    int n = t.length() - from;
    if (n < 2 || n > 6) {
      return false;
    }
    for (int i = from; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The notes AP digests and rights lines put after a story's last sentence. */
  private static final String[] DIGEST_NOTES = {"SENT: ", "[Copyright ", "(Copyright ", "[\u00a9"};

  /**
   * Where a digest's note or a rights line after the last sentence starts, or -1: "… to address it.
   * SENT: 430 words.", "… Zelenskyy. [Copyright The Jiji Press, Ltd.]".
   */
  private static int digestNoteAt(String t) {
    char last = t.charAt(t.length() - 1);
    if (last != '.' && last != ']' && last != ')') {
      return -1;
    }
    int from = Math.max(0, t.length() - MAX_SIGN_OFF);
    for (String note : DIGEST_NOTES) {
      int at = t.indexOf(note, from);
      if (at > 0 && afterSentence(t, at)) {
        return at;
      }
    }
    return -1;
  }

  /** A topic slug is a few words: "(Mexico-Pipeline-Explosion)". */
  private static final int MAX_SLUG = 60;

  /**
   * Where a bracketed topic slug ending at {@code end} starts, after the last sentence, or -1:
   * Xinhua's "… the minister said Sunday. (Mexico-Pipeline-Explosion)" — capitalised words joined
   * by hyphens, no spaces.
   */
  private static int slugAt(String t, int end) {
    return slugAt(t, end, true);
  }

  private static int slugAt(String t, int end, boolean afterSentence) {
    if (end < 2 || t.charAt(end - 1) != ')') {
      return -1;
    }
    int open = t.lastIndexOf('(', end - 1);
    if (open < 0 || end - open > MAX_SLUG || open + 1 >= end - 1) {
      return -1;
    }
    boolean hyphen = false;
    for (int i = open + 1; i < end - 1; i++) {
      char c = t.charAt(i);
      if (c == '-') {
        hyphen = true;
      } else if (!Character.isLetterOrDigit(c) && c != '.') {
        return -1;
      }
    }
    return hyphen
            && Character.isUpperCase(t.charAt(open + 1))
            && (!afterSentence || afterSentence(t, open))
        ? open
        : -1;
  }

  /** A topic slug on its own, an end mark after it or not: "(Syria-Missile) Enditem". */
  public static boolean isTopicSlug(String text) {
    String t = text.strip();
    if (t.regionMatches(true, Math.max(0, t.length() - 8), " enditem", 0, 8)) {
      t = t.substring(0, t.length() - 8);
    }
    return !t.isEmpty() && t.charAt(0) == '(' && slugAt(" " + t, t.length() + 1, false) == 1;
  }

  /** "(ANI)", "(PTI)", "(IANS)", "(ITALPRESS)": an agency's initials or name in capitals. */
  private static final int MAX_INITIALS = 10;

  /**
   * Where a wire's initials in brackets start after the last sentence, or -1: South Asian sites end
   * each wire story so ("… so much positivity," he added. (ANI)").
   */
  private static int bracketedCreditAt(String t, int end) {
    int open = t.lastIndexOf('(', end - 1);
    if (open < 0 || end - open - 2 < 2 || end - open - 2 > MAX_INITIALS) {
      return -1;
    }
    for (int i = open + 1; i < end - 1; i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return -1;
      }
    }
    if (afterSentence(t, open)) {
      return open;
    }
    // "… – oświadczył Morawiecki (PAP)": a long paragraph that ends on the initials, with no full
    // stop after them, ends on the wire's credit even after an attribution without one.
    return open > MIN_UNSTOPPED_CREDITED && t.charAt(open - 1) == ' ' ? open : -1;
  }

  /** A reporter's name in brackets: two to four words, each capitalised. */
  private static final int MAX_REPORTER_CREDIT = 40;

  /**
   * Where a reporter's name in brackets starts after the last sentence, or -1: Reuters' and AFP's
   * services in other languages close a story so ("… écrit le président. (Jeanne Roe)").
   */
  private static int reporterCreditAt(String t, int end) {
    int open = t.lastIndexOf('(', end - 1);
    if (open < 0 || end - open > MAX_REPORTER_CREDIT || !afterSentence(t, open)) {
      return -1;
    }
    String[] words = t.substring(open + 1, end - 1).split(" ", -1);
    if (words.length < 2 || words.length > 4) {
      return -1;
    }
    for (String w : words) {
      if (w.length() < 2
          || !Character.isUpperCase(w.charAt(0))
          || !Character.isLowerCase(w.charAt(1))) {
        return -1;
      }
      for (int i = 1; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'') {
          return -1;
        }
      }
    }
    return open;
  }

  /** A paragraph that long is story text: initials closing it are no part of its last sentence. */
  private static final int MIN_UNSTOPPED_CREDITED = 100;

  private static int skipBackSpaces(String t, int to) {
    int i = to;
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /** One capitalised word to the end: "Bernama", "AFP". */
  private static boolean isCreditWord(String t, int from) {
    if (from <= 0 || from >= t.length() || !Character.isUpperCase(t.charAt(from))) {
      return false;
    }
    for (int i = from; i < t.length(); i++) {
      if (!Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A sentence ends right before {@code at} (a space between). */
  private static boolean afterSentence(String t, int at) {
    int i = at - 1;
    if (i < 1 || t.charAt(i) != ' ') {
      return false;
    }
    while (i > 0 && t.charAt(i) == ' ') {
      i--;
    }
    char c = t.charAt(i);
    if (c == '"' || c == '\u201d' || c == '\'' || c == '\u2019') {
      c = t.charAt(Math.max(0, i - 1));
    }
    return c == '.' || c == '!' || c == '?' || c == '\u3002';
  }
}
