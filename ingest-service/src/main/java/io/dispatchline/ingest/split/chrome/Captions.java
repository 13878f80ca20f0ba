package io.dispatchline.ingest.split.chrome;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions, told by the credit they end with: "(Xinhua/Wang Peng)", "(AP Photo/Jane Doe,
 * File)", "REUTERS/Dado Ruvic/File Photo", "Photo: AFP", "(Photo by Jo Roe/AFP via Getty Images)".
 * Only the last {@value #TAIL} characters are read, so any paragraph costs the same.
 */
public final class Captions {
  private static final int TAIL = 70;

  /** Longer paragraphs are story text even when they end with a credit-like parenthesis. */
  private static final int MAX_CAPTION = 1_000;

  private static final int MAX_PAREN_CREDIT = 60;

  /** Upper-case agency credits that run straight into the photographer: "REUTERS/Name". */
  private static final List<String> SLASH_CREDITS =
      List.of(
          "REUTERS/",
          "AFP/",
          "AP/",
          "EPA/",
          "EPA-EFE/",
          "XINHUA/",
          "ANADOLU/",
          "IANS/",
          "ANI/",
          "KCNA/",
          "SPUTNIK/",
          "TASS/",
          "UPI/",
          "PTI/",
          "BERNAMA/",
          "YONHAP/",
          "KYODO/");

  /** Credit labels followed by a name: "Photo: AFP", "Photograph: Jo Roe/Reuters". */
  private static final List<String> LABELS =
      List.of(
          "Photo: ",
          "Photos: ",
          "Photo credit: ",
          "Photograph: ",
          "Picture: ",
          "Image: ",
          "Credit: ",
          "Photo by ",
          "Photo/",
          "PHOTO: ",
          "Photo courtesy of ");

  /** Picture agencies whose name ends a caption: "… in Kyiv. Getty Images". */
  private static final List<String> ENDINGS =
      List.of("Getty Images", "Shutterstock", "/AFP", "/ AFP", "AFP Photo", "/Reuters", "/EPA");

  /**
   * How picture desks open a caption that carries no credit: "A drone photo shows …", "An aerial
   * view shows …", "A picture taken on …", "In this handout image released by …".
   */
  private static final Pattern CAPTION_OPENING =
      Pattern.compile(
          "(?:an?|the|this|in this)(?: [\\w-]+){0,2}"
              + " (?:photo|photograph|picture|image|view|screenshot|screen grab)"
              + " (?:shows|taken|released|provided|obtained|made available)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A caption line is short; the opening words are read only up to here. */
  private static final int MAX_CAPTION_OPENING = 400;

  private Captions() {}

  /** Whether {@code text} opens as a picture's caption does, credit or not. */
  public static boolean opensLikeCaption(String text) {
    return text.length() <= MAX_CAPTION_OPENING && CAPTION_OPENING.matcher(text).matches();
  }

  static boolean isCaption(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_CAPTION) {
      return false;
    }
    int from = Math.max(0, n - TAIL);
    // Every credit form holds a '/', a ':' or "Photo": most paragraphs are ruled out by one scan.
    boolean slash = text.indexOf('/', from) >= 0;
    boolean labelled = slash || text.indexOf(':', from) >= 0 || text.indexOf("hoto", from) >= 0;
    if (slash || labelled) {
      String tail = text.substring(from);
      if ((slash && (endsWithSlashCredit(text) || hasUpperCaseCredit(tail))) || hasLabel(tail)) {
        return true;
      }
    }
    return endsWith(text) || endsWithWireCredit(text);
  }

  /**
   * "… in 1955. (Keystone via AP, File)", "(Pool via AP)", "(AP Photo)": a parenthesised credit
   * without a slash after the last sentence, as AP prints under its pictures.
   */
  private static boolean endsWithWireCredit(String text) {
    int n = text.length();
    if (n < 8 || text.charAt(n - 1) != ')') {
      return false;
    }
    int open = text.lastIndexOf('(');
    if (open < 0 || n - open > MAX_PAREN_CREDIT || !Character.isUpperCase(text.charAt(open + 1))) {
      return false;
    }
    if (open > 0 && !(open >= 2 && text.charAt(open - 1) == ' ' && isStop(text.charAt(open - 2)))) {
      return false; // inside a sentence: "… said the agency (Pool via AP) …" is not a credit
    }
    String credit = text.substring(open + 1, n - 1);
    return credit.contains(" via ")
        || credit.endsWith(", File")
        || credit.equals("AP Photo")
        || credit.equals("File Photo");
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d';
  }

  /** Ends in a parenthesised credit with a slash: "(Xinhua/Wang Peng)", "(AP Photo/Jo Doe)". */
  private static boolean endsWithSlashCredit(String text) {
    int end = text.length() - 1;
    if (text.charAt(end) != ')') {
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

  /**
   * "… on Nov. 14, 2023. REUTERS/Brendan McDermid/File Photo": a credit after the last sentence.
   */
  private static boolean hasUpperCaseCredit(String tail) {
    for (String credit : SLASH_CREDITS) {
      int at = tail.lastIndexOf(credit);
      int name = at + credit.length();
      if (at >= 0
          && (at == 0 || tail.charAt(at - 1) == ' ' || tail.charAt(at - 1) == '(')
          && name + 1 < tail.length()
          // a photographer's name, not "AP/NORC poll"
          && Character.isUpperCase(tail.charAt(name))
          && Character.isLowerCase(tail.charAt(name + 1))) {
        return !hasSentenceAfter(tail, name);
      }
    }
    return false;
  }

  /** "… Photo: AFP" or "Photograph: Jo Roe/Reuters" as the last words, a short name after it. */
  private static boolean hasLabel(String tail) {
    for (String label : LABELS) {
      int at = tail.lastIndexOf(label);
      if (at >= 0
          && (at == 0 || tail.charAt(at - 1) == ' ' || tail.charAt(at - 1) == '(')
          && at + label.length() < tail.length()
          && Character.isUpperCase(tail.charAt(at + label.length()))) {
        return !hasSentenceAfter(tail, at + label.length());
      }
    }
    return false;
  }

  private static boolean endsWith(String text) {
    int end = text.endsWith(")") ? text.length() - 1 : text.length();
    char last = end > 0 ? text.charAt(end - 1) : 0;
    if (last != 's' && last != 'k' && last != 'P' && last != 'o' && last != 'A') {
      return false; // no ending below ends otherwise
    }
    for (String ending : ENDINGS) {
      if (end >= ending.length() && text.startsWith(ending, end - ending.length())) {
        return true;
      }
    }
    return false;
  }

  /** A ". " followed by more text: the credit-like words were inside a sentence. */
  private static boolean hasSentenceAfter(String s, int from) {
    for (int i = from; i + 2 < s.length(); i++) {
      if ((s.charAt(i) == '.' || s.charAt(i) == '!' || s.charAt(i) == '?')
          && s.charAt(i + 1) == ' '
          && Character.isLetter(s.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }
}
