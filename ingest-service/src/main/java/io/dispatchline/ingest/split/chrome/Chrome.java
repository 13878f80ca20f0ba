package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.datelines.Places;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.paragraphs.EndMarks;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;

/**
 * Tells story paragraphs from page chrome: captions, publish-time lines, bylines, sign-offs,
 * editorial notes, share/subscribe/cookie lines, breadcrumbs, copyright lines, comment forms and
 * "related" lists.
 *
 * <p>Every check reads a bounded head or tail of a paragraph, or only short paragraphs, so
 * classifying a paragraph costs the same however long it is.
 */
public final class Chrome {
  /** What a paragraph is, for the splitter. */
  public enum Role {
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
    /**
     * "Anna Petrova in Astana": a byline without "By" — or a Title-Case headline ending in a place
     * ("Protests Erupt in Tehran"), which it is when no other headline stands above it.
     */
    PLACED_BYLINE,
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
    public boolean skippableBeforeDateline() {
      return this != CONTENT && this != SECTION_END;
    }

    /** What a dispatch or article body keeps. */
    public boolean keptInBody() {
      return this == CONTENT || this == TIMESTAMP;
    }
  }

  /** Lines longer than this are story text unless they are captions. */
  private static final int MAX_CHROME = ChromePhrases.MAX_PHRASE_LINE;

  private static final int MAX_SHORT_CHROME = 200;
  private static final int MAX_NOTE = 300;
  private static final int MAX_CREDIT_LINE = 40;
  private static final int MAX_NAME_IN_PLACE = 80;
  private static final int MAX_BYLINE_NAME_WORDS = 8;

  private final Agencies agencies;
  private final ChromePhrases phrases;
  private final Places places;
  private final CreditLines credits;

  public Chrome(Agencies agencies, ChromePhrases phrases, Places places) {
    this.agencies = agencies;
    this.phrases = phrases;
    this.places = places;
    this.credits = new CreditLines(agencies);
  }

  /** A classifier that knows no places (for tests of the other rules). */
  public Chrome(Agencies agencies, ChromePhrases phrases) {
    this(agencies, phrases, Places.load());
  }

  public Role classify(Block block) {
    String text = block.text();
    if (!Texts.hasLetterOrDigit(text)) {
      return Role.SEPARATOR;
    }
    if (block.caption() || Captions.isCaption(text)) {
      return Role.CAPTION;
    }
    if (CjkChrome.applies(text)) {
      Role cjk = CjkChrome.classify(text, agencies);
      if (cjk != null) {
        return cjk;
      }
    }
    if (ChromeLines.isCookieBanner(text)) {
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
    if (ChromeLines.isCopyright(text)) {
      return Role.COPYRIGHT;
    }
    if (n <= MAX_NOTE && (ChromeLines.isEditorialNote(text) || ChromeLines.isDigestNote(text))) {
      return Role.EDITORIAL_NOTE;
    }
    if (n > MAX_SHORT_CHROME) {
      return Role.CONTENT;
    }
    if (EndMarks.isTopicSlug(text) || EndMarks.isMarkWithDeskInitials(text)) {
      return Role.SIGN_OFF;
    }
    if (ChromeLines.isCommentCount(text)) {
      return Role.SECTION_END;
    }
    if (ChromeLines.isGalleryCounter(text)) {
      return Role.SHARE;
    }
    if (ChromeLines.isByline(text) || isCreditLine(text) || CreditLines.isStaffByline(text)) {
      return Role.BYLINE;
    }
    if (credits.isPhotoCredit(text)
        || credits.endsWithAgencyCredit(text)
        || CreditLines.isPictureLabel(text)) {
      return Role.CAPTION;
    }
    if (CreditLines.isAdvisory(text)) {
      return Role.EDITORIAL_NOTE;
    }
    if (isNameInPlace(text)) {
      return Role.PLACED_BYLINE;
    }
    if (ChromeLines.isNewsletterPromo(text)) {
      return Role.SHARE;
    }
    Role time = Texts.hasDigit(text) ? TimeLines.classify(text) : null;
    if (time != null) {
      return time; // every time line holds a digit: a clock, a day or a year
    }
    if (ChromeLines.isBreadcrumb(text)) {
      return Role.SHARE;
    }
    return Role.CONTENT;
  }

  /**
   * A byline without "By": "Anna Petrova in Astana", "Jo Roe and Li Wei in Beijing" — capitalised
   * names, then "in" and a known place, nothing else.
   */
  private boolean isNameInPlace(String text) {
    if (text.length() > MAX_NAME_IN_PLACE) {
      return false;
    }
    int in = text.lastIndexOf(" in ");
    if (in <= 0 || !places.known(text.substring(in + 4))) {
      return false;
    }
    int words = 0;
    for (String w : text.substring(0, in).split(" ")) {
      if (w.equals("and")) {
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Texts.hasLetter(w)) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= MAX_BYLINE_NAME_WORDS;
  }

  /** A desk's credit line is a few words: "Редакция сайта ТАСС". */
  private static final int MAX_DESK_CREDIT_WORDS = 4;

  private static final String[] SOURCE_LEADS = {
    "From the ", "From ", "Source: ", "Source : ", "Via the ", "Via ", "Courtesy of "
  };

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
    if (from >= to) {
      return false;
    }
    String name = text.substring(from, to);
    if (agencies.known(name) != null) {
      return true;
    }
    // "From the Associated Press", "Source: Reuters", "Via AFP": an agency named as the source
    for (String lead : SOURCE_LEADS) {
      if (name.regionMatches(true, 0, lead, 0, lead.length())
          && name.length() > lead.length()
          && agencies.known(name.substring(lead.length())) != null) {
        return true;
      }
    }
    // "Редакция сайта ТАСС", "Xinhua editor": a desk of the agency, a few words ending on its name
    int lastSpace = name.lastIndexOf(' ');
    if (lastSpace > 0
        && Words.count(name) <= MAX_DESK_CREDIT_WORDS
        && agencies.known(name.substring(lastSpace + 1)) != null
        && Texts.isShouted(name.substring(lastSpace + 1))
        && name.chars().noneMatch(c -> c == '.' || c == ':' || c == ',' || Character.isDigit(c))) {
      return true;
    }
    // "IRNA - Islamic Republic News Agency": an agency and its name spelt out
    int dash = name.indexOf(" - ");
    return dash > 0
        && agencies.known(name.substring(0, dash)) != null
        && name.endsWith("Agency")
        && !name.substring(dash + 3).contains(" - ");
  }
}
