package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.chrome.Captions;
import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.chrome.PageLines;
import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.CharClass;
import io.dispatchline.ingest.split.text.Stopwords;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the headline of a dispatch: the nearest paragraph above its dateline that reads like a
 * headline, looking past captions, bylines and publish-time lines in between, and past a standfirst
 * (the one- or two-sentence summary some sites print under the headline).
 */
public final class HeadlineFinder {
  /** Chrome paragraphs we look past between a headline and its dateline. */
  private static final int MAX_SKIPPED = 6;

  /** A standfirst, and a caption without a credit, may stand between headline and dateline. */
  private static final int MAX_STANDFIRSTS = 2;

  private static final int MAX_STANDFIRST = 320;
  private static final int MIN_STACKED_HEADLINE_WORDS = 3;
  static final int MAX_HEADLINE = 200;
  private static final int MAX_MARKED_HEADLINE = 300;
  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_BOX_TITLE_WORDS = 2;

  /**
   * Words that need a word after them (articles, possessives, auxiliaries, most prepositions): a
   * line ending on one was cut mid-sentence. Lucene's stopword lists are broader ("again", "up",
   * "over" end many headlines), so this closed class is spelt out.
   */
  private static final Set<String> DANGLING =
      Set.of(
          "the", "a", "an", "of", "and", "or", "but", "to", "at", "by", "for", "with", "from",
          "into", "as", "that", "which", "whose", "has", "have", "had", "been", "was", "were",
          "will", "would", "could", "should", "its", "their", "his", "her", "our", "your", "my",
          "than");

  private static final Stopwords ENGLISH = Stopwords.of("en");

  /** Function words in a standfirst: as in prose; a headline's are fewer. */
  private static final double STANDFIRST_DENSITY = 0.3;

  /** A line this long with prose's share of function words is a sentence, not a headline. */
  private static final int MIN_PROSE_WORDS = 14;

  private static final double PROSE_DENSITY = 0.3;

  private HeadlineFinder() {}

  /**
   * The index of the headline of the dateline paragraph at {@code dateline}, looking no further up
   * than {@code floor} (exclusive: the previous dispatch's dateline), or -1 when there is none.
   *
   * @param standfirst whether a standfirst may stand between headline and dateline: not for a bare
   *     "PLACE -" dateline, which is also how a run-in subhead under a body paragraph looks
   */
  static int find(
      List<Block> blocks, Chrome.Role[] roles, int dateline, int floor, boolean standfirst) {
    int skipped = 0;
    int standfirsts = 0;
    int placedByline = -1;
    int bullet = -1;
    int bulletTop = -1;
    for (int i = dateline - 1; i > floor; i--) {
      Chrome.Role role = roles[i];
      if (role == Chrome.Role.PLACED_BYLINE && placedByline < 0) {
        placedByline = i;
      }
      if (role == Chrome.Role.CONTENT) {
        Block b = blocks.get(i);
        if (b.listItem() && !b.heading() && ++skipped <= MAX_SKIPPED) {
          bullet = bullet < 0 ? i : bullet; // a list of story highlights above the dateline
          bulletTop = i;
          continue;
        }
        if (bulletTop == i + 1 && isHeadline(b) && isBoxTitle(blocks, i)) {
          continue; // the title of a highlights box ("Highlights", "Key points") over its list
        }
        if ((Captions.opensLikeCaption(b.text()) || underPictureCredit(blocks, roles, i, floor))
            && ++skipped <= MAX_SKIPPED) {
          continue; // "A drone photo shows …", or the words under "AP file photo": a caption
        }
        if (!b.heading()
            && !startsWithBullet(b.text())
            && PageLines.isPageLine(b.text())
            && ++skipped <= MAX_SKIPPED) {
          continue; // "View", "Читать на сайте Ria.ru", "… © Name/TASS": the page's, not a title
        }
        if (isHeadline(b)) {
          if (standfirsts > 0 && !b.heading() && Texts.isShouted(b.text())) {
            return -1; // an ALL-CAPS subhead of the body above, not a headline
          }
          return preferAbove(blocks, roles, i, floor);
        }
        if (startsWithBullet(b.text())
            && b.text().length() <= MAX_HEADLINE
            && ++skipped <= MAX_SKIPPED) {
          // A bullet-point deck ("• The minister thanked …"), or on a list the headline itself
          bullet = bullet < 0 ? i : bullet;
          bulletTop = i;
          continue;
        }
        if (bullet >= 0 && bullet == bulletTop && !b.listItem()) {
          // One bullet line right over the dateline, prose above it: on a live page or a list the
          // item's headline ("• U.S. condemns violence …" under a page's blurb)
          return headlineBullet(blocks, bullet);
        }
        if (standfirst && ++standfirsts <= MAX_STANDFIRSTS && b.text().length() <= MAX_STANDFIRST) {
          continue;
        }
        return headlineBullet(blocks, bullet);
      }
      if (!role.skippableBeforeDateline() || ++skipped > MAX_SKIPPED) {
        return headlineBullet(blocks, bullet);
      }
    }
    // Nothing but chrome up to the page's top or the previous dispatch: a "byline" such as
    // "Protests Erupt in Tehran" was a Title-Case headline after all, and a bullet-point line the
    // item's headline on a list ("• Chicago schools chief to take leave").
    if (placedByline >= 0) {
      return placedByline;
    }
    return bullet == bulletTop ? headlineBullet(blocks, bullet) : -1;
  }

  /** A picture's credit line is a few words ("AP file photo"); a caption with a credit is more. */
  private static final int MAX_CREDIT_LINE_WORDS = 6;

  /**
   * A short line right under a picture's credit line ("Yomiuri Shimbun file photo" over "North
   * Korean flags") is the picture's caption.
   */
  private static boolean underPictureCredit(
      List<Block> blocks, Chrome.Role[] roles, int i, int floor) {
    return i - 1 > floor
        && roles[i - 1] == Chrome.Role.CAPTION
        && Words.count(blocks.get(i - 1).text()) <= MAX_CREDIT_LINE_WORDS
        && !blocks.get(i).heading();
  }

  /**
   * A bullet line as an item's headline: when it reads like one ("— Go to https://… for more
   * coverage" does not). Two bullets or more stacked over a dateline are a deck of highlights or a
   * list of links, which the fallback above does not take.
   */
  private static int headlineBullet(List<Block> blocks, int bullet) {
    if (bullet < 0) {
      return -1;
    }
    Block b = blocks.get(bullet);
    String text = withoutBullet(b.text());
    return isHeadline(new Block(text, b.heading())) ? bullet : -1;
  }

  /**
   * Of two headline-like lines stacked above a dateline, the upper one is the headline when it
   * reads like one (three words or more) and the lower one is longer: a standfirst without a full
   * stop. A shorter upper line is a section label or kicker ("Markets", "Exclusive"). Markup
   * (h1–h3) decides when only one of them is marked.
   */
  private static int preferAbove(List<Block> blocks, Chrome.Role[] roles, int lower, int floor) {
    int upper = lower - 1;
    for (int skipped = 0;
        upper > floor && roles[upper].skippableBeforeDateline() && skipped < MAX_SKIPPED;
        skipped++) {
      upper--;
    }
    if (upper <= floor || roles[upper] != Chrome.Role.CONTENT) {
      return lower;
    }
    if (!isHeadline(blocks.get(upper))) {
      return titleOverDeck(blocks, roles, lower, upper, floor);
    }
    if (upper < lower - 1 && roles[lower - 1] == Chrome.Role.SHARE) {
      return lower; // a site name, then its menu, then the headline: the menu parts them
    }
    Block up = blocks.get(upper);
    Block low = blocks.get(lower);
    if (up.heading() != low.heading()) {
      return up.heading() ? upper : lower;
    }
    if (isCjkLine(up.text()) && isCjkLine(low.text())) {
      // Chinese and Japanese papers print a title and its subtitle ("「米国第一」国連で再び主張へ"
      // over "トランプ大統領、25日総会出席"): the title comes first
      return Words.count(up.text()) >= MIN_CJK_TITLE ? upper : lower;
    }
    boolean upperReadsLikeHeadline = words(up.text()) >= MIN_STACKED_HEADLINE_WORDS;
    if (upperReadsLikeHeadline && isPictureLabelUnderDate(blocks, roles, upper, lower)) {
      return upper;
    }
    if (upperReadsLikeHeadline && isLongStandfirst(up.text(), low.text())) {
      return upper; // a deck of a dozen words or more under a shorter title, in any language
    }
    if (upperReadsLikeHeadline && low.text().startsWith(up.text())) {
      return upper; // the headline printed twice, the second time with a template's leftovers
    }
    if (upperReadsLikeHeadline && words(low.text()) < MIN_STACKED_HEADLINE_WORDS) {
      return upper; // a tag or section label printed under the headline ("PM", "Video")
    }
    // The lower line is a standfirst when it reads as running text (function words as in prose);
    // a headline's are few ("Bush given Iraq invasion plan"), and the upper line was then a site
    // or section banner ("UPI News Update", "Table of Contents for Russia").
    return upperReadsLikeHeadline
            && low.text().length() > up.text().length()
            && ENGLISH.density(low.text()) >= STANDFIRST_DENSITY
        ? upper
        : lower;
  }

  /**
   * A section label of a word or two ("World News") over the dateline, a deck of one sentence above
   * it (a byline between them aside), and a title above that: the title is the headline and the
   * label the site's, as on pages that print "title, deck, By, section, time, picture".
   */
  private static int titleOverDeck(
      List<Block> blocks, Chrome.Role[] roles, int label, int deck, int floor) {
    if (words(blocks.get(label).text()) >= MIN_STACKED_HEADLINE_WORDS
        || blocks.get(label).heading()
        || blocks.get(deck).text().length() > MAX_STANDFIRST) {
      return label;
    }
    int title = deck - 1;
    for (int skipped = 0;
        title > floor && roles[title].skippableBeforeDateline() && skipped < MAX_SKIPPED;
        skipped++) {
      title--;
    }
    return title > floor
            && roles[title] == Chrome.Role.CONTENT
            && isHeadline(blocks.get(title))
            && words(blocks.get(title).text()) >= MIN_STACKED_HEADLINE_WORDS
        ? title
        : label;
  }

  /** A picture's name label ("Angela Merkel", "وزير الخارجية الصيني وانغ يي") is a few words. */
  private static final int MAX_LABEL_WORDS = 6;

  /**
   * Title, publish time, then a short line over the dateline: the short line is the label of the
   * story's picture (a name), printed under the time as the template places the picture there; the
   * title is the longer line above the time.
   */
  private static boolean isPictureLabelUnderDate(
      List<Block> blocks, Chrome.Role[] roles, int upper, int lower) {
    boolean dated = false;
    for (int j = upper + 1; j < lower; j++) {
      dated |= roles[j] == Chrome.Role.PUBLISH_TIME;
    }
    int low = words(blocks.get(lower).text());
    return dated && low <= MAX_LABEL_WORDS && words(blocks.get(upper).text()) * 2 >= low * 3;
  }

  /** A standfirst under its headline holds at least this many words. */
  private static final int MIN_STANDFIRST_WORDS = 12;

  /** Prose in languages without articles holds fewer function words than English prose. */
  private static final double ANY_LANGUAGE_PROSE_DENSITY = 0.12;

  /**
   * "Что произошло за день: вторник, 12 марта" over "Предотвращение попытки … крушение …": the
   * lower line is half as long again or more, a dozen words, with the function words of running
   * text in its own language — a standfirst; the upper line is the title.
   */
  private static boolean isLongStandfirst(String up, String low) {
    if (words(low) < MIN_OTHER_LANGUAGE_DECK_WORDS || low.length() <= up.length()) {
      return false;
    }
    Stopwords own = Stopwords.mostFrequentIn(List.of(low));
    if (own.density(low) < ANY_LANGUAGE_PROSE_DENSITY) {
      return false;
    }
    // English is judged by the stricter rule below (its banners over headlines); in other
    // languages a longer line of running text under a title is its deck
    return !"en".equals(own.language())
        || (words(low) >= MIN_STANDFIRST_WORDS && low.length() * 2 >= up.length() * 3);
  }

  /** A deck in a language other than English: ten words or more. */
  private static final int MIN_OTHER_LANGUAGE_DECK_WORDS = 10;

  /** A title of fewer Han characters or kana than this is a section label ("国内", "ニュース一覧"). */
  private static final int MIN_CJK_TITLE = 8;

  /** Whether the line's first letter is a Han character or kana. */
  private static boolean isCjkLine(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return CharClass.isCjk(t.charAt(i));
      }
    }
    return false;
  }

  /**
   * A short line that is not a sentence: no final period, comma, semicolon, colon or ellipsis, also
   * not inside closing quotes ("Colleagues," or "Following is the full text:" are not headlines). A
   * dash inside is fine ("China to work with Mongolia — Chinese premier"). A heading marked up as
   * h1–h3 only has to be short.
   */
  public static boolean isHeadline(Block block) {
    String t = block.text();
    if (t.length() > (block.heading() ? MAX_MARKED_HEADLINE : MAX_HEADLINE)) {
      return false;
    }
    if (block.heading()) {
      return Texts.hasLetter(t);
    }
    if (isCut(t)
        || endsOnClockTime(t)
        || startsWithBullet(t)
        || t.contains("http://")
        || t.contains("https://")
        || t.contains("www.")) {
      return false; // "Go to https://… for more coverage": a link, not a headline
    }
    // Words counted only where there is a letter: one scan for both.
    int words = wordsIfLettered(t);
    if ((endsSentence(t) && !endsOnAbbreviation(t)) || words > MAX_HEADLINE_WORDS) {
      return false;
    }
    // A line that starts in lower case or ends on "the", "of", "has been" continues a sentence
    // (a paragraph cut short); a headline stands alone.
    if (words >= MIN_PROSE_WORDS && ENGLISH.density(t) >= PROSE_DENSITY) {
      return false; // a sentence cut off, with prose's share of function words
    }
    return words < MIN_STACKED_HEADLINE_WORDS
        || !(Character.isLowerCase(t.charAt(0)) || endsDangling(t));
  }

  /** Abbreviations a title may end on: its final period is the abbreviation's. */
  private static final Set<String> FINAL_ABBREVIATIONS =
      Set.of(
          "pref.", "corp.", "inc.", "co.", "ltd.", "govt.", "gov.", "dept.", "bros.", "jr.", "sr.",
          "st.", "mt.", "ave.", "prov.", "dist.");

  /** The longest dotted initialism: "U.N.", "U.S.", "E.U.", "W.H.O.". */
  private static final int MAX_INITIALISM = 8;

  /**
   * A title that ends on an abbreviation ("Army frees 46 recruits: U.N.", "Typhoon alert for
   * Kagoshima Pref."), with a title's few function words: its final period ends no sentence.
   */
  private static boolean endsOnAbbreviation(String t) {
    if (!t.endsWith(".")) {
      return false;
    }
    String last = t.substring(t.lastIndexOf(' ') + 1);
    boolean abbreviation =
        FINAL_ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT)) || isInitialism(last);
    return abbreviation && ENGLISH.density(t) < PROSE_DENSITY;
  }

  private static boolean isInitialism(String w) {
    if (w.length() < 4 || w.length() > MAX_INITIALISM) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsDangling(String t) {
    int end = t.length();
    int start = end;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    int len = end - start;
    if (len == 0 || len > 6 || (start > 0 && t.charAt(start - 1) != ' ')) {
      return false; // every dangling word is short: most lines stop here, without allocating
    }
    return DANGLING.contains(t.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** "… and are battling Philippine …", "Read more»": text cut off, not a headline. */
  /**
   * "Putin to award … Order of St. AndrewRussian Politics & Diplomacy July 03, 17:10": a list's
   * link with its section and time glued on; a headline does not end on a clock time.
   */
  private static boolean endsOnClockTime(String t) {
    int n = t.length();
    return n >= 5
        && Character.isDigit(t.charAt(n - 1))
        && Character.isDigit(t.charAt(n - 2))
        && t.charAt(n - 3) == ':'
        && Character.isDigit(t.charAt(n - 4));
  }

  private static boolean isCut(String t) {
    return t.endsWith("\u2026") || t.endsWith("...") || t.endsWith("»");
  }

  /** The text of a headline without a list's bullet ("• Fed holds rates" is "Fed holds rates"). */
  public static String withoutBullet(String t) {
    return startsWithBullet(t) ? t.substring(2).strip() : t;
  }

  /**
   * The headline as a dispatch carries it: without a list's bullet, a template's leftover colon (":
   * Angst vor Datenhandel"), or the agency's name the site puts before every title ("Emirates News
   * Agency – Mohamed bin Zayed: …", "Xinhua | …").
   */
  public static String headlineText(String t, Agencies agencies) {
    String h = withoutListNumber(withoutBullet(t));
    if (h.length() > 2 && (h.charAt(0) == ':' || h.charAt(0) == '|') && h.charAt(1) == ' ') {
      h = h.substring(2).strip();
    }
    for (String separator : AGENCY_SEPARATORS) {
      int at = h.indexOf(separator);
      if (at > 0 && at <= MAX_AGENCY_PREFIX && at + separator.length() < h.length()) {
        if (agencies.known(h.substring(0, at)) != null) {
          return h.substring(at + separator.length()).strip();
        }
      }
    }
    return h;
  }

  /**
   * "1. 国务院办公厅发出公告": a paper's list of a page's titles numbers them; the number is no part of a
   * Chinese or Japanese title (in Latin script it may be: "2. Bundesliga").
   */
  private static String withoutListNumber(String h) {
    int i = 0;
    while (i < h.length() && i < 3 && h.charAt(i) >= '0' && h.charAt(i) <= '9') {
      i++;
    }
    return i > 0
            && i + 2 < h.length()
            && h.charAt(i) == '.'
            && h.charAt(i + 1) == ' '
            && CharClass.isCjk(h.charAt(i + 2))
        ? h.substring(i + 2)
        : h;
  }

  private static final String[] AGENCY_SEPARATORS = {" \u2013 ", " \u2014 ", " - ", " | "};

  /** An agency's full name is a few words ("Emirates News Agency"). */
  private static final int MAX_AGENCY_PREFIX = 40;

  /** "• Retailers caution about supply", "- Presidents visit Kyiv": a deck's or a list's bullet. */
  static boolean startsWithBullet(String t) {
    if (t.length() < 3 || t.charAt(1) != ' ') {
      return false;
    }
    char c = t.charAt(0);
    return c == '\u2022'
        || c == '*'
        || c == '-'
        || c == '\u25aa'
        || c == '\u25cf'
        || c == '\u25a0'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u00b7';
  }

  /**
   * A short heading over a list ("Highlights", "Key points"): the title of a box of story
   * highlights, not the story's headline.
   */
  static boolean isBoxTitle(List<Block> blocks, int i) {
    return i + 1 < blocks.size()
        && blocks.get(i + 1).listItem()
        && words(blocks.get(i).text()) <= MAX_BOX_TITLE_WORDS;
  }

  /** Ends like a sentence or a clause: ". , ; : …", also before closing quotes or brackets. */
  public static boolean endsSentence(String t) {
    int i = t.length() - 1;
    boolean quoted = false;
    while (i > 0 && isCloser(t.charAt(i))) {
      i--;
      quoted = true;
    }
    return switch (t.charAt(i)) {
      case '.',
          ',',
          ';',
          ':',
          '\u2026',
          '\u3002',
          '\uff0c',
          '\uff1b',
          '\uff1a',
          '\u06d4',
          '\u0964',
          '\u060c' ->
          true;
      case '!', '?', '\uff01', '\uff1f', '\u061f' ->
          quoted; // “… ready!” closes a quoted sentence; "Is it over?" is a headline
      default -> false;
    };
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  /** The words of {@code t}, or more than any limit when it has no letter at all. */
  private static int wordsIfLettered(String t) {
    int words = 0;
    boolean inWord = false;
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = Texts.isSpace(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
      letter |= Character.isLetter(c);
    }
    return letter ? words : Integer.MAX_VALUE;
  }

  public static int words(String t) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = Texts.isSpace(t.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
