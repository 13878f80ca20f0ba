package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.segmentation.HeadlineFinder;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.List;
import java.util.Locale;

/**
 * The shapes of chrome lines that wording alone does not catch: copyright lines, editorial notes,
 * bylines, comment counts, gallery counters, cookie banners, newsletter blurbs, breadcrumbs. Each
 * test reads a bounded part of its line; {@link Chrome} decides in which order they are asked.
 */
public final class ChromeLines {
  private static final int MAX_BYLINE = 120;

  private static final int MAX_BYLINE_WORDS = 16;

  private static final int MAX_COOKIE_BANNER = 600;

  private static final List<String> PROMO_WORDS =
      List.of(
          "sign up",
          "subscribe",
          "inbox",
          "free",
          "daily",
          "weekly",
          "morning",
          "evening",
          "newsletter");

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

  private ChromeLines() {}

  /** "© 2023 Xinhua", "Copyright 2023 The Associated Press", "(c) 2024 Reuters". */
  static boolean isCopyright(String text) {
    boolean bracketed =
        (text.charAt(0) == '[' || text.charAt(0) == '(')
            && text.length() > 1
            && !text.regionMatches(true, 0, "(c)", 0, 3);
    if (bracketed) {
      // "[Copyright The Jiji Press, Ltd.]": in brackets it is no sentence ("Copyright law …")
      text = text.substring(1);
      if (text.regionMatches(true, 0, "copyright ", 0, 10)) {
        return true;
      }
    }
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

  /** "SENT: 430 words.": the length note of an AP digest's item. */
  static boolean isDigestNote(String text) {
    return text.startsWith("SENT: ") && text.length() < 80 && text.contains(" words");
  }

  /** "The following reports were originally published by …", "Editor's note: …". */
  static boolean isEditorialNote(String text) {
    char first = Character.toLowerCase(text.charAt(0));
    for (String opening : NOTE_OPENINGS) {
      if (opening.charAt(0) == first && text.regionMatches(true, 0, opening, 0, opening.length())) {
        return containsAny(text.toLowerCase(Locale.ROOT), NOTE_PHRASES);
      }
    }
    return false;
  }

  /**
   * "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe | Xinhua": short, no sentence end; a
   * lone "By" too.
   */
  static boolean isByline(String text) {
    if (text.equals("By") || text.equals("BY") || text.equals("By:")) {
      return true; // a template's byline whose name was left empty
    }
    if (isBylineInOtherLanguage(text)) {
      return true;
    }
    if (text.length() > MAX_BYLINE
        || text.length() < 4
        || !(text.startsWith("By ") || text.startsWith("BY ") || text.startsWith("by "))
        || !Character.isUpperCase(text.charAt(3))) {
      return false;
    }
    char last = Texts.last(text);
    return (last != '.' || text.endsWith("Jr.")) && Words.count(text) <= MAX_BYLINE_WORDS;
  }

  /** "By" in other languages: Malay and Indonesian, Spanish and Portuguese, French, German… */
  private static final java.util.Set<String> BY_WORDS =
      java.util.Set.of("Oleh", "Por", "Par", "Von", "Door", "Av", "Przez");

  /** Words that join two names in a byline ("Jane Roe dan Li Wei"). */
  private static final java.util.Set<String> NAME_JOINERS =
      java.util.Set.of(
          "dan", "y", "e", "et", "und", "en", "og", "och", "i", "and", "&", "de", "da");

  /**
   * "Oleh Marhaini Kamaruddin dan Rohani Ibrahim", "Por Juan Pérez": the word for "by" and names
   * only — every other word capitalised or one that joins names — so "Por Venezuela, la paz" (a
   * title) is none.
   */
  private static boolean isBylineInOtherLanguage(String text) {
    int space = text.indexOf(' ');
    if (space < 0 || text.length() > MAX_BYLINE || !BY_WORDS.contains(text.substring(0, space))) {
      return false;
    }
    String[] words = text.substring(space + 1).split(" ");
    if (words.length < 2 || words.length > MAX_BYLINE_WORDS) {
      return false;
    }
    int names = 0;
    for (String w : words) {
      if (NAME_JOINERS.contains(w)) {
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
          return false;
        }
      }
      names++;
    }
    return names >= 2;
  }

  /**
   * A newsletter blurb: "Our morning email breaks down the key stories of the day" — names a
   * newsletter or an email with what it is for, and is no sentence of the story (no full stop).
   */
  static boolean isNewsletterPromo(String text) {
    if (HeadlineFinder.endsSentence(text)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return (lower.contains("newsletter") || lower.contains("email"))
        && containsAny(lower, PROMO_WORDS);
  }

  /** "12 Comments", "3 comments": the head of a comment section. */
  static boolean isCommentCount(String text) {
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

  /** "1 of 2", "3/12": a photo gallery's counter. */
  static boolean isGalleryCounter(String text) {
    if (text.length() > 12) {
      return false;
    }
    int i = 0;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    int rest;
    if (text.startsWith(" of ", i)) {
      rest = i + 4;
    } else if (text.startsWith("/", i)) {
      rest = i + 1;
    } else {
      return false;
    }
    if (rest >= text.length()) {
      return false;
    }
    for (int k = rest; k < text.length(); k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A cookie banner: names cookies and asks for consent, whatever its length. */
  static boolean isCookieBanner(String text) {
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
  static boolean isBreadcrumb(String text) {
    int arrows = 0;
    int bars = 0;
    int wordsInItem = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int kind = breadcrumbSeparator(c);
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

  /** 0–2 for the arrows of a breadcrumb (">", "»", "›"), 3–6 for bars and dots, else -1. */
  private static int breadcrumbSeparator(char c) {
    return switch (c) {
      case '>' -> 0;
      case '\u00bb' -> 1;
      case '\u203a' -> 2;
      case '|' -> 3;
      case '/' -> 4;
      case '\u00b7' -> 5;
      case '\u2022' -> 6;
      default -> -1;
    };
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
