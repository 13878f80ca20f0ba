package io.dispatchline.ingest.split;

import java.util.List;
import java.util.Locale;

/**
 * Tells story paragraphs from page chrome: captions, publish-time lines, bylines, sign-offs,
 * editorial notes, share/subscribe/cookie lines, breadcrumbs, copyright lines, comment forms and
 * "related" lists.
 *
 * <p>Every check reads a bounded head or tail of a paragraph, or only short paragraphs, so
 * classifying a paragraph costs the same however long it is.
 */
final class Chrome {
  /** What a paragraph is, for the splitter. */
  enum Role {
    /** Story text (or a headline). */
    CONTENT,
    /** A photo caption ending in a credit, "(Xinhua/Wang Peng)"; or an HTML figcaption. */
    CAPTION,
    /** "(Xinhua) 09:54, October 28, 2023", "Updated: 2023-10-28 09:54", "November 29, 2023". */
    PUBLISH_TIME,
    /**
     * A bare clock time, "10:45 p.m.": heads an entry of a live file. Kept in a body, never a
     * headline, never a boundary.
     */
    TIMESTAMP,
    /** "By Jane Doe", or an agency credit on its own line ("Associated Press"). */
    BYLINE,
    /** "Reporting by …; Editing by …", "Editor: Liu Yi", "… contributed to this report." */
    SIGN_OFF,
    /** "The following reports were originally published by the Xinhua News Agency." */
    EDITORIAL_NOTE,
    /** "___", "* * *": no letter or digit at all. */
    SEPARATOR,
    /** Share, subscribe, cookie, "Read more" and navigation lines; "2 hours ago". */
    SHARE,
    /** "© 2023 …", "All rights reserved." */
    COPYRIGHT,
    /**
     * "Leave a Reply", "Your email address will not be published", "Related articles": nothing
     * after it belongs to the story it follows.
     */
    SECTION_END;

    /** Chrome that may stand between a headline and its dateline. */
    boolean skippableBeforeDateline() {
      return this != CONTENT && this != SECTION_END;
    }

    /** What a dispatch or article body keeps. */
    boolean keptInBody() {
      return this == CONTENT || this == TIMESTAMP;
    }
  }

  /** Lines longer than this are story text unless they are captions. */
  private static final int MAX_CHROME = ChromePhrases.MAX_PHRASE_LINE;

  private static final int MAX_SHORT_CHROME = 200;
  private static final int MAX_NOTE = 300;
  private static final int MAX_BYLINE = 120;
  private static final int MAX_BYLINE_WORDS = 16;
  private static final int MAX_CREDIT_LINE = 40;
  private static final int MAX_COOKIE_BANNER = 600;

  private static final List<String> NOTE_OPENINGS =
      List.of(
          "the following",
          "this article",
          "this story",
          "this report",
          "this version",
          "the article",
          "the report",
          "editor's note",
          "editor\u2019s note",
          "(this",
          "[this",
          "note:",
          "correction:",
          "clarification:");

  private static final List<String> NOTE_PHRASES =
      List.of(
          "originally published",
          "originally appeared",
          "first published",
          "first appeared",
          "republished",
          "reproduced with permission",
          "has been corrected",
          "has been updated",
          "has been amended",
          "was corrected",
          "was updated",
          "editor's note",
          "editor\u2019s note",
          "correction:",
          "clarification:");

  private static final List<String> COOKIE_WORDS =
      List.of(
          "we use",
          "uses cookies",
          "use of cookies",
          "accept",
          "consent",
          "privacy",
          "browsing",
          "your experience",
          "cookie policy",
          "cookie settings");

  private static final String BREADCRUMB_SEPARATORS = ">\u00bb\u203a|/\u00b7\u2022";

  private final Agencies agencies;
  private final ChromePhrases phrases;

  Chrome(Agencies agencies, ChromePhrases phrases) {
    this.agencies = agencies;
    this.phrases = phrases;
  }

  Role classify(Block block) {
    String text = block.text();
    if (!Texts.hasLetterOrDigit(text)) {
      return Role.SEPARATOR;
    }
    if (block.caption() || Captions.isCaption(text)) {
      return Role.CAPTION;
    }
    if (isCookieBanner(text)) {
      return Role.SHARE;
    }
    int n = text.length();
    if (n > MAX_CHROME) {
      return Role.CONTENT;
    }
    Role byWording = phrases.match(text);
    if (byWording != null) {
      return byWording;
    }
    if (isCopyright(text)) {
      return Role.COPYRIGHT;
    }
    if (n <= MAX_NOTE && isEditorialNote(text)) {
      return Role.EDITORIAL_NOTE;
    }
    if (n > MAX_SHORT_CHROME) {
      return Role.CONTENT;
    }
    if (isCommentCount(text)) {
      return Role.SECTION_END;
    }
    if (isByline(text) || isCreditLine(text)) {
      return Role.BYLINE;
    }
    Role time = Texts.hasDigit(text) ? TimeLines.classify(text) : null;
    if (time != null) {
      return time; // every time line holds a digit: a clock, a day or a year
    }
    if (isBreadcrumb(text)) {
      return Role.SHARE;
    }
    return Role.CONTENT;
  }

  /** "© 2023 Xinhua", "Copyright 2023 The Associated Press", "(c) 2024 Reuters". */
  private static boolean isCopyright(String text) {
    if (text.charAt(0) == '\u00a9') {
      return true;
    }
    int from;
    if (text.regionMatches(true, 0, "copyright", 0, 9)) {
      from = 9;
    } else if (text.regionMatches(true, 0, "(c)", 0, 3)) {
      from = 3;
    } else {
      return false;
    }
    // "Copyright law …" is a sentence; a copyright line names the year or repeats the sign.
    for (int i = from; i < Math.min(text.length(), from + 12); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || c == '\u00a9') {
        return true;
      }
    }
    return text.regionMatches(true, from + 1, "(c)", 0, 3);
  }

  /** "The following reports were originally published by …", "Editor's note: …". */
  private static boolean isEditorialNote(String text) {
    if ("tTeEnNcC([".indexOf(text.charAt(0)) < 0) {
      return false; // no opening starts otherwise
    }
    for (String opening : NOTE_OPENINGS) {
      if (text.regionMatches(true, 0, opening, 0, opening.length())) {
        return containsAny(text.toLowerCase(Locale.ROOT), NOTE_PHRASES);
      }
    }
    return false;
  }

  /** "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe | Xinhua": short, no sentence end. */
  private static boolean isByline(String text) {
    if (text.length() > MAX_BYLINE
        || text.length() < 4
        || !(text.startsWith("By ") || text.startsWith("BY ") || text.startsWith("by "))
        || !Character.isUpperCase(text.charAt(3))) {
      return false;
    }
    char last = Texts.last(text);
    return (last != '.' || text.endsWith("Jr.")) && Words.count(text) <= MAX_BYLINE_WORDS;
  }

  /** An agency credit on its own line: "Associated Press", "— Reuters", "(AFP)". */
  private boolean isCreditLine(String text) {
    if (text.length() > MAX_CREDIT_LINE) {
      return false;
    }
    int from = 0;
    int to = text.length();
    while (from < to && !Character.isLetter(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetter(text.charAt(to - 1))) {
      to--;
    }
    return from < to && agencies.known(text.substring(from, to)) != null;
  }

  /** "12 Comments", "3 comments": the head of a comment section. */
  private static boolean isCommentCount(String text) {
    int i = 0;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    String rest = text.substring(i + 1);
    return rest.equalsIgnoreCase("comments") || rest.equalsIgnoreCase("comment");
  }

  /** A cookie banner: names cookies and asks for consent, whatever its length. */
  private static boolean isCookieBanner(String text) {
    if (text.length() > MAX_COOKIE_BANNER || text.indexOf("ookie") < 0) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("cookie") && containsAny(lower, COOKIE_WORDS);
  }

  /**
   * "Home > World > Asia", "News | World | Business": short items between separators, none of them
   * a sentence. Two '|' or '/' are needed ("HAVANA / BEIJING", "Opinion | Title" are not).
   */
  private static boolean isBreadcrumb(String text) {
    int arrows = 0;
    int bars = 0;
    int wordsInItem = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int kind = BREADCRUMB_SEPARATORS.indexOf(c);
      boolean spaced =
          i > 0
              && Texts.isSpace(text.charAt(i - 1))
              && (i + 1 == text.length() || Texts.isSpace(text.charAt(i + 1)));
      if (kind >= 0 && spaced) {
        if (kind < 3) {
          arrows++;
        } else {
          bars++;
        }
        wordsInItem = 0;
        inWord = false;
      } else if (Texts.isSpace(c)) {
        inWord = false;
      } else {
        if (!inWord && ++wordsInItem > 4) {
          return false;
        }
        inWord = true;
        if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?') {
          return false;
        }
      }
    }
    return arrows >= 1 || bars >= 2;
  }

  private static boolean containsAny(String s, List<String> phrases) {
    for (String p : phrases) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
