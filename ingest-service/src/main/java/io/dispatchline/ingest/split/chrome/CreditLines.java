package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.Locale;
import java.util.Set;

/**
 * Short lines that credit rather than tell: a staff byline ("Reuters Staff", "Web Desk", "Our
 * Correspondent"), a photo credit without brackets ("Jane Roe/POOL/TASS", "REUTERS/Jane Roe", "Jane
 * Roe/AFP via Getty Images") and a wire advisory in parentheses ("(Updates with closing prices)").
 * Between a headline and its dateline they are what a careless reader takes for the headline; after
 * a story they are page.
 */
final class CreditLines {
  private static final int MAX_CREDIT = 90;
  private static final int MAX_CAPTION = 200;
  private static final int MAX_STAFF_WORDS = 5;
  private static final int MAX_ADVISORY_WORDS = 14;

  /** The last word of a staff byline. */
  private static final Set<String> STAFF_WORDS =
      Set.of(
          "staff",
          "desk",
          "correspondent",
          "correspondents",
          "reporter",
          "reporters",
          "bureau",
          "writer",
          "writers",
          "newsroom",
          "team",
          "report");

  /** Words a photo credit is made of besides names and agencies. */
  private static final Set<String> PICTURE_WORDS =
      Set.of("pool", "getty", "images", "handout", "file", "photo", "photos", "via", "epa-efe");

  private final Agencies agencies;

  CreditLines(Agencies agencies) {
    this.agencies = agencies;
  }

  /**
   * "Reuters Staff", "Web Desk", "Our Correspondent", "Dawn Report", "F.P.Report": a byline without
   * a name.
   */
  static boolean isStaffByline(String text) {
    if (text.length() > MAX_CREDIT || endsWithStop(text)) {
      return false;
    }
    int words = Words.count(text);
    // One word only when it is an abbreviation run into the word: "F.P.Report", "A.P.P.Desk"
    boolean runIn = words == 1 && text.indexOf('.') > 0;
    if ((words < 2 && !runIn) || words > MAX_STAFF_WORDS) {
      return false;
    }
    String last = lastWord(text).toLowerCase(Locale.ROOT);
    if (!STAFF_WORDS.contains(last)) {
      return false;
    }
    // Every word capitalised, as a credit is printed: "Reuters Staff", not "hires new staff".
    for (String w : text.split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A photo credit on its own line: names and agencies joined by "/" — "Jane Roe/POOL/TASS",
   * "REUTERS/Jane Roe", "Jane Roe/AFP via Getty Images" — with an agency or a picture word in it.
   */
  boolean isPhotoCredit(String text) {
    if (text.length() > MAX_CREDIT || text.indexOf('/') < 0 || endsWithStop(text)) {
      return false;
    }
    String[] parts = text.split("/");
    if (parts.length < 2) {
      return false;
    }
    boolean credit = false;
    for (String raw : parts) {
      String part = raw.strip();
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return false; // "and/or", "km/h", a URL
      }
      if (agencies.known(part) != null || isPictureWords(part)) {
        credit = true;
      } else if (!isName(part)) {
        return false;
      }
    }
    return credit;
  }

  /**
   * "File photo of Chinese president Xi Jinping. (Reuters)": a sentence, then an agency alone in
   * brackets — the credit of a picture, short.
   */
  boolean endsWithAgencyCredit(String text) {
    int n = text.length();
    if (n > MAX_CAPTION || n < 8 || text.charAt(n - 1) != ')') {
      return false;
    }
    int open = text.lastIndexOf('(');
    if (open < 2 || text.charAt(open - 1) != ' ' || text.charAt(open - 2) != '.') {
      return false;
    }
    return agencies.known(text.substring(open + 1, n - 1)) != null;
  }

  private static final int MAX_PICTURE_LABEL_WORDS = 6;

  /** The word a picture's label ends on. */
  private static final Set<String> PICTURE_NOUNS =
      Set.of("photo", "photos", "photograph", "picture", "image", "images", "graphic");

  /**
   * "AP file photo", "Yomiuri Shimbun file photo", "Reuters photo": who took the picture, in a few
   * capitalised words (and "file"), ending on the picture's noun.
   */
  static boolean isPictureLabel(String text) {
    String[] words = text.strip().split(" ");
    if (words.length < 2 || words.length > MAX_PICTURE_LABEL_WORDS) {
      return false;
    }
    if (!PICTURE_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i];
      if (w.isEmpty()
          || !(Character.isUpperCase(w.charAt(0)) || w.equals("file") || w.equals("via"))) {
        return false; // "Brides pose for a photo": a sentence, not a credit
      }
    }
    return true;
  }

  /** "(Updates with closing prices)", "(Adds quotes, background)": a wire advisory. */
  static boolean isAdvisory(String text) {
    int n = text.length();
    if (n < 4 || n > MAX_CREDIT + 40 || text.charAt(0) != '(' || text.charAt(n - 1) != ')') {
      return false;
    }
    if (text.indexOf(')') != n - 1 || !Character.isUpperCase(text.charAt(1))) {
      return false;
    }
    int words = Words.count(text);
    return words >= 2 && words <= MAX_ADVISORY_WORDS;
  }

  /**
   * "AFP via Getty Images", "POOL", "File Photo": words of picture credits, an agency among them.
   */
  private boolean isPictureWords(String part) {
    boolean picture = false;
    for (String w : part.split(" ")) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (PICTURE_WORDS.contains(lw) || agencies.known(w) != null) {
        picture = true;
      } else if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return picture;
  }

  /** One to four capitalised words: a photographer's name. */
  private static boolean isName(String part) {
    String[] words = part.split(" ");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Texts.hasLetter(w)) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** A full stop at the end: a sentence, which no credit line is. */
  private static boolean endsWithStop(String text) {
    return Texts.last(text) == '.' && !text.endsWith("Jr.");
  }
}
