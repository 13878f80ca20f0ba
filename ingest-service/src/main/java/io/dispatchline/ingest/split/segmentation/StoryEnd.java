package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Stopwords;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.List;

/**
 * Where a story ends. Real pages seldom end a story with a clean break: what follows its last
 * sentence up to the next story is often page — a "Send a letter to the editor" link, a section
 * label, a row of link texts, a tag list, the first words of a teaser cut with "…". Those lines are
 * not all in any phrase list, but they share a shape that holds across sites and languages: story
 * paragraphs end a sentence and are made of running text, about 40% function words; page lines are
 * short, end in no sentence and hold few function words.
 *
 * <p>So a body ends at its last paragraph that ends a sentence as prose does ({@link #endsStory});
 * what follows it is dropped, with one exception: the last paragraph of a page cut short ("… This
 * year has been"), which is running text that simply stops.
 */
final class StoryEnd {
  /** Running text has at least this share of function words; page furniture far less. */
  static final double PROSE_DENSITY = 0.2;

  /** A sentence this short may hold no function word at all ("Prices rose 4%."). */
  private static final int SHORT_SENTENCE_WORDS = 6;

  /** Half of a paragraph in links: a link list or an ad, not the story (jusText's limit is 0.2). */
  static final float MAX_LINK_DENSITY = 0.5f;

  // Prose with an inline link: the link under this share of the words, and function words as in
  // running text.
  private static final float MAX_INLINE_LINK_DENSITY = 0.8f;
  private static final int MIN_LINKED_PROSE_WORDS = 10;
  private static final double LINKED_PROSE_DENSITY = 0.3;

  /** A page's last paragraph, cut short, still holds a few words of running text. */
  private static final int MIN_CUT_WORDS = 4;

  private StoryEnd() {}

  /**
   * The end (exclusive) of the story whose dateline paragraph is {@code dateline}, no later than
   * {@code to}.
   *
   * @param lead the dateline paragraph's text after the dateline
   * @param lastOfPage the index of the page's last paragraph
   */
  static int end(
      List<Block> blocks,
      Chrome.Role[] roles,
      Stopwords stopwords,
      int dateline,
      String lead,
      int to,
      int lastOfPage) {
    int limit = dateline + 1;
    // A wire's end mark or sign-off ("Enditem", "Reporting by …") closes the story as a comment
    // form does: what follows it is page or the next story.
    while (limit < to
        && roles[limit] != Chrome.Role.SECTION_END
        && roles[limit] != Chrome.Role.SIGN_OFF) {
      limit++;
    }
    // Backwards: only the last paragraph that ends a story needs its function words counted.
    int lastKept = dateline;
    int storyEnd = -1;
    for (int i = limit - 1; i > dateline && storyEnd < 0; i--) {
      if (!roles[i].keptInBody()) {
        continue;
      }
      if (lastKept == dateline) {
        lastKept = i;
      }
      if (endsStory(blocks.get(i), stopwords)) {
        storyEnd = i + 1;
      }
    }
    if (storyEnd < 0 && endsStory(lead, stopwords)) {
      storyEnd = dateline + 1;
    }
    // Right before a sign-off ("Source: …", "Reporting by …") a paragraph of running text is the
    // story's last, full stop or not ("… put on a nasal feeding tube for nutrition").
    if (limit < to
        && roles[limit] == Chrome.Role.SIGN_OFF
        && lastKept == limit - 1
        && lastKept >= storyEnd
        && storyEnd > 0
        && onlyTextBetween(roles, storyEnd, lastKept)
        && isUnstoppedProse(blocks.get(lastKept), stopwords)) {
      return lastKept + 1;
    }
    if (storyEnd < 0) {
      // No sentence ends anywhere (a page cut inside its first paragraph): keep it as it is.
      return to;
    }
    // A page cut short: its last paragraph is running text that stops mid-sentence, after nothing
    // but running text (not after a row of short labels: "Share", "Tags: …", "Related").
    if (lastKept == lastOfPage
        && lastKept >= storyEnd
        && onlyTextBetween(roles, storyEnd, lastKept)
        && onlyRunningTextBetween(blocks, roles, storyEnd, lastKept)) {
      String last = blocks.get(lastKept).text();
      if (!endsLikeTeaser(last)
          && !(Texts.isShouted(last) && Words.count(last) >= MIN_CAPS_LINE_WORDS)
          && blocks.get(lastKept).linkDensity() < MAX_LINK_DENSITY
          && last.indexOf('|') < 0
          && (isCutSentence(last)
              || Words.count(last) >= MIN_CUT_WORDS
                  && (stopwords.density(last) >= stopwords.threshold(PROSE_DENSITY)
                      || stopwords.endsWithStopword(last)))) {
        return lastKept + 1;
      }
    }
    return storyEnd;
  }

  /**
   * The first words of a sentence the page's cut stopped in: an opened quotation (`"B`, `“We`) or a
   * clause with a comma ("Kenana, Sudan's largest sug"). Page lines at a page's end are labels and
   * links; they neither open a quotation nor have a comma in their first words.
   */
  static boolean isCutSentence(String text) {
    String t = text.strip();
    if (t.length() < 2 || t.length() > MIN_CUT_STUB) {
      return false;
    }
    char first = t.charAt(0);
    if ((first == '"' || first == '\u201c') && Character.isLetter(t.charAt(1))) {
      return t.indexOf('"', 1) < 0 && t.indexOf('\u201d') < 0;
    }
    // A possessive wants the noun that follows it: "The European Union's" stops mid-phrase, and no
    // label or link ends that way.
    if (Character.isUpperCase(first) && Words.count(t) >= 2 && endsPossessive(t)) {
      return true;
    }
    int comma = t.indexOf(", ");
    // "Tags: Sudan, Sugar" is a label's list, not a clause.
    return Character.isUpperCase(first)
        && comma > 0
        && t.indexOf(':') < 0
        && Words.count(t) >= 3
        && Character.isLetterOrDigit(t.charAt(t.length() - 1));
  }

  private static boolean endsPossessive(String t) {
    int n = t.length();
    return n > 3
        && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')
        && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '\u2019')
        && Character.isLetter(t.charAt(n - 3));
  }

  /** Running text that lacks only its full stop is a sentence's length. */
  private static final int MIN_UNSTOPPED_WORDS = 12;

  private static boolean isUnstoppedProse(Block b, Stopwords stopwords) {
    String t = b.text();
    return b.linkDensity() < MAX_LINK_DENSITY
        && !endsLikeTeaser(t)
        && Words.count(t) >= MIN_UNSTOPPED_WORDS
        && stopwords.density(t) >= stopwords.threshold(PROSE_DENSITY);
  }

  /** A cut stub is longer than a menu item or a "Read more" link. */
  private static final int MIN_CUT_STUB = 60;

  /**
   * Whether the item at {@code dateline} stops in the middle of a sentence before {@code to}: its
   * last story paragraph is running text cut off ("… the Ministry of Foreign Affairs sai", "… said
   * on …"), as the stubs of an index page are.
   */
  static boolean stopsMidSentence(
      List<Block> blocks, Chrome.Role[] roles, int dateline, String lead, int to) {
    String last = lead;
    for (int i = dateline + 1; i < to && roles[i] != Chrome.Role.SECTION_END; i++) {
      // Short lines after the stub ("World Videos", a section label) are page, not its text.
      if (roles[i] == Chrome.Role.CONTENT && blocks.get(i).text().length() >= MIN_CUT_STUB) {
        last = blocks.get(i).text();
      }
    }
    String t = last.stripTrailing();
    if (t.length() < MIN_CUT_STUB) {
      return false;
    }
    if (endsLikeTeaser(t)) {
      return true;
    }
    char c = t.charAt(t.length() - 1);
    return Character.isLetterOrDigit(c) || c == ',';
  }

  /**
   * Every story paragraph in [from, last) is longer than a label or a link ("Share", "Tags: …"); a
   * picture's caption may stand among them.
   */
  private static boolean onlyRunningTextBetween(
      List<Block> blocks, Chrome.Role[] roles, int from, int last) {
    for (int i = from; i < last; i++) {
      if (roles[i] == Chrome.Role.CONTENT && blocks.get(i).text().length() < MIN_CUT_STUB) {
        return false;
      }
    }
    return true;
  }

  /**
   * Nothing but story paragraphs (and pictures' captions among them) between the story's last
   * sentence and the page's end.
   */
  private static boolean onlyTextBetween(Chrome.Role[] roles, int from, int last) {
    for (int i = from; i < last; i++) {
      if (roles[i] != Chrome.Role.CONTENT && roles[i] != Chrome.Role.CAPTION) {
        return false;
      }
    }
    return true;
  }

  /**
   * A paragraph of story text, and no link text mostly (an ad, a "more" link). A sentence of prose
   * with a long inline link in it ("The <a>fund is raising money</a> across the region.") is story
   * text still: a link that is not the whole paragraph, and function words as in prose.
   */
  static boolean endsStory(Block block, Stopwords stopwords) {
    float links = block.linkDensity();
    if (links >= MAX_INLINE_LINK_DENSITY || !endsStory(block.text(), stopwords)) {
      return false;
    }
    return links < MAX_LINK_DENSITY
        || (Words.count(block.text()) >= MIN_LINKED_PROSE_WORDS
            && stopwords.density(block.text()) >= stopwords.threshold(LINKED_PROSE_DENSITY));
  }

  /**
   * A paragraph that ends a story: a full stop, "!" or "?" (also inside closing quotes), and
   * running text — enough function words, unless the sentence is very short.
   */
  static boolean endsStory(String text, Stopwords stopwords) {
    if (text.isEmpty() || !endsWithSentenceMark(text) || endsLikeTeaser(text)) {
      return false;
    }
    if (Texts.isShouted(text) && Words.count(text) >= MIN_CAPS_LINE_WORDS) {
      return false; // "ALATURKA AİLESİ ÜYELERİ NE DİYOR?": a page's banner, not a story's sentence
    }
    int words = Words.count(text);
    if (words <= SHORT_SENTENCE_WORDS) {
      return true;
    }
    double density = stopwords.density(text);
    // A long sentence of names ("… attended by Speaker and Deputy Speaker, Chairman Senate, …")
    // has few function words; page chrome that ends a sentence is short.
    return density >= stopwords.threshold(PROSE_DENSITY)
        || (words >= LONG_SENTENCE_WORDS && density >= stopwords.threshold(LONG_SENTENCE_DENSITY));
  }

  /** An ALL-CAPS line of this many words is a banner; a shorter one may be a quoted acronym. */
  private static final int MIN_CAPS_LINE_WORDS = 3;

  /** A sentence this long is story text with fewer function words than usual. */
  private static final int LONG_SENTENCE_WORDS = 30;

  private static final double LONG_SENTENCE_DENSITY = 0.1;

  private static boolean endsWithSentenceMark(String t) {
    int i = t.length() - 1;
    while (i > 0 && isCloser(t.charAt(i))) {
      i--;
    }
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || isOtherScriptStop(c);
  }

  /** "。", "！", "？" (CJK), "۔" (Urdu), "؟" (Arabic), "।" (Devanagari). */
  private static boolean isOtherScriptStop(char c) {
    return c == '\u3002'
        || c == '\uff01'
        || c == '\uff1f'
        || c == '\u06d4'
        || c == '\u061f'
        || c == '\u0964';
  }

  /** "… the minister said…" or "Read more …": a cut teaser, not a story's last sentence. */
  private static boolean endsLikeTeaser(String t) {
    String s = t.stripTrailing();
    return s.endsWith("\u2026") || s.endsWith("...") || s.endsWith("»") || s.endsWith(">>");
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }
}
