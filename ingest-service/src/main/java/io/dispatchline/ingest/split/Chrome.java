package io.dispatchline.ingest.split;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells story paragraphs from page chrome: captions, publish-time lines, bylines, sign-offs,
 * editorial notes, share buttons, copyright lines, comment forms and "related" lists.
 *
 * <p>Every check looks at a bounded prefix or suffix, or only at short paragraphs, so classifying a
 * paragraph is O(1) however long it is.
 */
final class Chrome {
  /** What a paragraph is, for the splitter. */
  enum Role {
    /** Story text (or a headline). */
    CONTENT,
    /** A photo caption ending in a credit, "(Xinhua/Wang Peng)". */
    CAPTION,
    /** "(Xinhua) 09:54, October 28, 2023", "Updated: 2023-10-28 09:54". */
    PUBLISH_TIME,
    /** "By Jane Doe". */
    BYLINE,
    /** "Reporting by …; Editing by …". */
    SIGN_OFF,
    /** "The following reports were originally published by the Xinhua News Agency." */
    EDITORIAL_NOTE,
    /** "___", "* * *": no letter or digit at all. */
    SEPARATOR,
    /** "Share this:", "Tweet", "Advertisement". */
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
  }

  private static final int SHORT = 80;

  private static final Set<String> SHARE_LINES =
      Set.of(
          "share",
          "share this",
          "share this article",
          "share this story",
          "share on facebook",
          "share on twitter",
          "share on x",
          "tweet",
          "email",
          "e-mail",
          "print",
          "facebook",
          "twitter",
          "whatsapp",
          "linkedin",
          "telegram",
          "reddit",
          "like this",
          "subscribe",
          "advertisement",
          "sponsored",
          "follow us",
          "listen to this article",
          "save",
          "copy link");

  private static final Set<String> SECTION_END_LINES =
      Set.of(
          "leave a reply",
          "leave a comment",
          "post a comment",
          "add a comment",
          "comments",
          "join the conversation",
          "related",
          "related articles",
          "related posts",
          "related news",
          "related stories",
          "related content",
          "read more",
          "more stories",
          "you may also like",
          "recommended",
          "recommended for you",
          "most read",
          "most popular");

  private static final List<String> SIGN_OFF_PREFIXES =
      List.of(
          "reporting by",
          "(reporting by",
          "additional reporting by",
          "writing by",
          "(writing by",
          "editing by",
          "(editing by",
          "compiled by",
          "edited by");

  private static final List<String> NOTE_OPENINGS =
      List.of(
          "the following",
          "this article",
          "this story",
          "this report",
          "the article",
          "the report",
          "editor's note",
          "editor\u2019s note",
          "(this",
          "[this",
          "note:");

  private static final List<String> NOTE_PHRASES =
      List.of(
          "originally published",
          "originally appeared",
          "first published",
          "first appeared",
          "republished",
          "reproduced with permission",
          "editor's note",
          "editor\u2019s note");

  private Chrome() {}

  static Role classify(String text) {
    if (!Texts.hasLetterOrDigit(text)) {
      return Role.SEPARATOR;
    }
    if (isCaption(text)) {
      return Role.CAPTION;
    }
    if (text.length() > 400) {
      return Role.CONTENT;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (startsWithAny(lower, SIGN_OFF_PREFIXES)) {
      return Role.SIGN_OFF;
    }
    if (text.length() <= 300
        && startsWithAny(lower, NOTE_OPENINGS)
        && containsAny(lower, NOTE_PHRASES)) {
      return Role.EDITORIAL_NOTE;
    }
    if (text.length() > SHORT) {
      return Role.CONTENT;
    }
    String key = key(lower);
    if (SECTION_END_LINES.contains(key)
        || lower.startsWith("your email address will not be published")) {
      return Role.SECTION_END;
    }
    if (SHARE_LINES.contains(key)) {
      return Role.SHARE;
    }
    if (lower.startsWith("\u00a9")
        || lower.startsWith("copyright")
        || lower.startsWith("all rights reserved")) {
      return Role.COPYRIGHT;
    }
    if (isByline(text)) {
      return Role.BYLINE;
    }
    if (isPublishTime(text)) {
      return Role.PUBLISH_TIME;
    }
    return Role.CONTENT;
  }

  /**
   * Ends in a parenthesised photo credit with a slash: "(Xinhua/Wang Peng)", "(AP Photo/Jo Doe)".
   */
  private static boolean isCaption(String text) {
    int end = text.length() - 1;
    if (end < 0 || text.charAt(end) != ')') {
      return false;
    }
    boolean slash = false;
    for (int i = end - 1; i >= 0 && end - i <= 60; i--) {
      char c = text.charAt(i);
      if (c == '(') {
        return slash && i + 1 < end && Character.isUpperCase(text.charAt(i + 1));
      }
      if (c == '/') {
        slash = true;
      } else if (Character.isDigit(c) || c == ')') {
        return false; // "(1/2)", nested parentheses
      }
    }
    return false;
  }

  /** "By Jane Doe", "By Jane Doe and John Roe | Xinhua": short, no sentence end. */
  private static boolean isByline(String text) {
    return text.length() > 3
        && text.startsWith("By ")
        && Character.isUpperCase(text.charAt(3))
        && Texts.last(text) != '.';
  }

  /**
   * A short line with a clock time and a month name or a year, and little else: "(Xinhua) 09:54,
   * October 28, 2023", "Updated: 2023-10-28 09:54 GMT".
   */
  private static boolean isPublishTime(String text) {
    boolean clock = false;
    boolean monthOrYear = false;
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        monthOrYear |= Months.month(text.subSequence(i, j)) > 0;
        words++;
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
          j++;
        }
        int len = j - i;
        monthOrYear |= len == 4;
        clock |=
            len <= 2
                && j + 2 < n
                && text.charAt(j) == ':'
                && Character.isDigit(text.charAt(j + 1))
                && Character.isDigit(text.charAt(j + 2));
        words++;
        i = j;
      } else {
        i++;
      }
    }
    return clock && monthOrYear && words <= 12;
  }

  /** Lower case, trailing colon and spaces dropped: "Share this:" → "share this". */
  private static String key(String lower) {
    int end = lower.length();
    while (end > 0 && (lower.charAt(end - 1) == ':' || Texts.isSpace(lower.charAt(end - 1)))) {
      end--;
    }
    return lower.substring(0, end);
  }

  private static boolean startsWithAny(String s, List<String> prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
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
