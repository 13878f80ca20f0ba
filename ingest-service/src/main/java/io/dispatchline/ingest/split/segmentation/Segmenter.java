package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.Kind;
import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Stopwords;
import io.dispatchline.ingest.split.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the paragraph list of a page into its items, in one pass per step, each linear:
 *
 * <ol>
 *   <li><b>Dispatches</b>: each dateline paragraph starts one, its headline the nearest
 *       headline-like paragraph above it ({@link HeadlineFinder}). A bare "BISHKEK -" dateline
 *       counts only under a headline (or first on the page), so an ALL-CAPS run-in subhead inside a
 *       body does not split it; a dateline right under a live file's time stamp ("10:45 p.m.") is
 *       an entry of that file, not a new dispatch.
 *   <li><b>Teasers</b>: lists of headline + short text units ({@link TeaserLists}), each unit one
 *       item, never merged into one dispatch.
 *   <li><b>Bodies</b>: a dispatch runs from its dateline to the next item; chrome is left out and
 *       nothing after a comment form or "Related" heading is kept.
 *   <li><b>Lead article</b>: before the first item, from the first paragraph of prose, under the
 *       nearest headline above it; menus and a page title without text are no article.
 * </ol>
 */
public final class Segmenter {
  /** Prose: a paragraph that is no headline and has at least this many words. */
  private static final int MIN_PROSE_WORDS = 5;

  /** A standfirst is a sentence or two. */
  private static final int MAX_STANDFIRST = 320;

  /** Two items cut mid-sentence, one of them before the next item, make a page of teasers. */
  private static final int MIN_CUT_STUBS = 2;

  private static final int MIN_ARCHIVE_ITEMS = 3;
  private static final int MIN_ARCHIVE_MONTHS = 3;
  private static final int MAX_STUB_PARAGRAPHS = 2;
  private static final int MAX_STUB_WORDS = 150;

  private final List<Block> blocks;
  private final Chrome.Role[] roles;
  private final Dateline[] datelines;
  private final int n;
  private final int[] headlineOf;
  private final boolean[] headlineLike;
  private final Stopwords stopwords;

  /** The page marks headlines up (HTML h1–h3). */
  private final boolean marked;

  private Segmenter(
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      boolean[] headlineShaped,
      Stopwords stopwords) {
    this.blocks = blocks;
    this.stopwords = stopwords;
    boolean anyHeading = false;
    for (Block b : blocks) {
      anyHeading |= b.heading();
    }
    this.marked = anyHeading;
    this.roles = roles;
    this.datelines = datelines;
    this.n = blocks.size();
    this.headlineOf = new int[n];
    this.headlineLike = new boolean[n];
    for (int i = 0; i < n; i++) {
      headlineLike[i] = roles[i] == Chrome.Role.CONTENT && headlineShaped[i];
    }
  }

  /**
   * The items of a page in document order.
   *
   * @param datelines the dateline each paragraph starts with, or null; entries of datelines that
   *     turn out to be no boundary are cleared
   */
  public static List<Segment> segment(
      List<Block> blocks, Chrome.Role[] roles, Dateline[] datelines) {
    boolean[] shapes = new boolean[blocks.size()];
    for (int i = 0; i < shapes.length; i++) {
      shapes[i] = HeadlineFinder.isHeadline(blocks.get(i));
    }
    return segment(blocks, roles, datelines, shapes, Stopwords.of("en"));
  }

  /**
   * The same, with {@link HeadlineFinder#isHeadline} of each paragraph already at hand (the
   * splitter reads each paragraph once).
   */
  public static List<Segment> segment(
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      boolean[] headlineShaped,
      Stopwords stopwords) {
    return new Segmenter(blocks, roles, datelines, headlineShaped, stopwords).run();
  }

  private List<Segment> run() {
    List<Integer> starts = acceptDatelines();
    int[] next = nextMeaningful();
    boolean[] dead = deadZones(starts);
    int[] teaserText =
        new TeaserLists(blocks, roles, datelines, headlineOf, headlineLike).find(next, dead);

    List<Segment> out = new ArrayList<>();
    int firstStart = starts.isEmpty() ? n : starts.get(0);
    for (int i = 0; i < firstStart; i++) {
      if (teaserText[i] >= 0) {
        firstStart = i;
        break;
      }
    }
    Segment lead = leadArticle(firstStart);
    if (lead != null) {
      out.add(lead);
    }
    int[] nextItem = nextItemStarts(starts, teaserText);
    List<Integer> cut = new ArrayList<>();
    int cutBeforeNext = 0;
    for (int i = firstStart; i < n; i++) {
      if (teaserText[i] >= 0) {
        int t = teaserText[i];
        out.add(
            datelines[t] != null
                ? new Segment(Kind.TEASER, i, t, t + 1, t + 1)
                : new Segment(Kind.TEASER, i, -1, t, t + 1));
      } else if (datelines[i] != null && !isTeaserText(i, teaserText)) {
        if (underRelatedHeading(i, nextItem[i])) {
          continue;
        }
        String after = blocks.get(i).text().substring(datelines[i].bodyStart());
        if (StoryEnd.stopsMidSentence(blocks, roles, i, after, nextItem[i])) {
          cut.add(out.size());
          cutBeforeNext += nextItem[i] < n ? 1 : 0;
          out.add(new Segment(Kind.DISPATCH, headlineOf[i], i, i + 1, nextItem[i]));
        } else {
          int end = StoryEnd.end(blocks, roles, stopwords, i, after, nextItem[i], n - 1);
          out.add(new Segment(Kind.DISPATCH, headlineOf[i], i, i + 1, end));
        }
      }
    }
    // A story does not stop mid-sentence and give way to the next one: items that do, two or
    // more on a page, are the cut stubs of an index page (teasers), not dispatches.
    markLinkedStubs(out, nextItem);
    markArchiveList(out);
    markIndexPage(out);
    for (int k : cut) {
      Segment s = out.get(k);
      if (s.kind() != Kind.DISPATCH) {
        continue;
      }
      if (cut.size() >= MIN_CUT_STUBS && cutBeforeNext > 0 && isStub(s)) {
        out.set(k, asTeaser(s));
      } else {
        // One cut item alone is no index page: a story, ending where its story ends.
        int d = s.dateline();
        String after = blocks.get(d).text().substring(datelines[d].bodyStart());
        int end = StoryEnd.end(blocks, roles, stopwords, d, after, s.bodyTo(), n - 1);
        out.set(k, new Segment(Kind.DISPATCH, s.headline(), d, s.bodyFrom(), end));
      }
    }
    markRoundupTitles(out);
    return out;
  }

  /** A roundup's briefs: its title and at least this many briefs without a headline after it. */
  private static final int MIN_UNTITLED_BRIEFS = 2;

  /**
   * A run of briefs, each a dateline paragraph or two, where only the first has a headline above it
   * ("World datelines", "News in brief"): that line is the roundup's title, not the first brief's,
   * which has no headline of its own like the others.
   */
  private void markRoundupTitles(List<Segment> out) {
    for (int k = 0; k < out.size(); k++) {
      Segment s = out.get(k);
      if (s.kind() != Kind.DISPATCH || s.headline() < 0 || !untitledBriefAt(out, k + 1, s)) {
        continue; // the cheap test first: the word counts of isStub read the whole text
      }
      if (!isStub(s)) {
        continue;
      }
      int untitled = 0;
      int end = s.bodyTo();
      for (int j = k + 1; j < out.size(); j++) {
        Segment b = out.get(j);
        if (b.kind() != Kind.DISPATCH
            || b.headline() >= 0
            || contentBetween(end, b.dateline())
            || !isStub(b)) {
          break;
        }
        untitled++;
        end = b.bodyTo();
      }
      if (untitled >= MIN_UNTITLED_BRIEFS) {
        out.set(k, new Segment(Kind.DISPATCH, -1, s.dateline(), s.bodyFrom(), s.bodyTo()));
      }
    }
  }

  /**
   * A short item (one paragraph of a teaser's length) whose headline stands after a "Related
   * articles" heading or a comment form since the previous dispatch: a link to another page.
   */
  private boolean underRelatedHeading(int dateline, int to) {
    int top = headlineOf[dateline] >= 0 ? headlineOf[dateline] : dateline;
    boolean sectionEnd = false;
    for (int j = top - 1; j >= 0 && !(datelines[j] != null && j < top); j--) {
      if (roles[j] == Chrome.Role.SECTION_END) {
        sectionEnd = true;
        break;
      }
    }
    if (!sectionEnd) {
      return false;
    }
    for (int j = dateline + 1; j < to; j++) {
      if (roles[j] == Chrome.Role.CONTENT) {
        return false;
      }
    }
    return blocks.get(dateline).text().length() <= TeaserLists.MAX_TEASER_TEXT;
  }

  /**
   * An archive or section page: three or more dated items going back in time (dates that never rise
   * in page order and name two days or more), every item on the page a stub of a paragraph or two.
   * A roundup or digest covers its day and carries whole stories; a list that walks back through
   * the days and shows each story's first lines is an index of them: teasers. So is a list whose
   * dates fall in three months or more, in any order (a topic or author page).
   */
  private void markArchiveList(List<Segment> out) {
    int dated = 0;
    int previous = Integer.MAX_VALUE;
    boolean twoDays = false;
    boolean falling = true;
    java.util.BitSet months = new java.util.BitSet(13);
    for (Segment s : out) {
      // Teasers found already are items of the same list: their dates count too.
      if (s.dateline() < 0 || (s.kind() != Kind.DISPATCH && s.kind() != Kind.TEASER)) {
        continue;
      }
      if (s.kind() == Kind.DISPATCH && !isStub(s)) {
        return;
      }
      Dateline d = datelines[s.dateline()];
      if (d.month() > 0) {
        int day = d.month() * 100 + d.day();
        falling &= day <= previous;
        twoDays |= previous != Integer.MAX_VALUE && day < previous;
        previous = day;
        months.set(d.month());
        dated++;
      }
    }
    // A topic page gathers stories of many months in no order; a digest covers days, not seasons.
    boolean archive = (falling && twoDays) || months.cardinality() >= MIN_ARCHIVE_MONTHS;
    if (dated < MIN_ARCHIVE_ITEMS || !archive) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).kind() == Kind.DISPATCH) {
        out.set(k, asTeaser(out.get(k)));
      }
    }
  }

  /**
   * A page that says it is an index ("36 articles found", "Tag Archives: …", "Older posts") lists
   * the start of stories printed elsewhere: its items of a paragraph or two are teasers, two or
   * more of them (a whole story on a tag page stays a dispatch).
   */
  private void markIndexPage(List<Segment> out) {
    boolean marked = false;
    for (int i = 0; i < n && !marked; i++) {
      marked = IndexMarkers.isMarker(blocks.get(i).text());
    }
    if (!marked) {
      return;
    }
    List<Integer> stubs = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).kind() == Kind.DISPATCH && isStub(out.get(k))) {
        stubs.add(k);
      }
    }
    if (stubs.size() >= MIN_CUT_STUBS) {
      for (int k : stubs) {
        out.set(k, asTeaser(out.get(k)));
      }
    }
  }

  /** At most two paragraphs and a summary's length. */
  private boolean isStub(Segment s) {
    return isStub(s, s.bodyTo());
  }

  /** The same, counting the paragraphs before {@code to} only. */
  private boolean isStub(Segment s, int to) {
    int paragraphs = 1;
    int words = Words.count(blocks.get(s.dateline()).text());
    int end = Math.min(to, s.bodyTo());
    for (int i = s.bodyFrom(); i < end && roles[i] != Chrome.Role.SECTION_END; i++) {
      if (roles[i] == Chrome.Role.CONTENT) {
        paragraphs++;
        words += Words.count(blocks.get(i).text());
      }
    }
    return paragraphs <= MAX_STUB_PARAGRAPHS && words <= MAX_STUB_WORDS;
  }

  /** The item at {@code k} is a dispatch without headline right after {@code before}. */
  private boolean untitledBriefAt(List<Segment> out, int k, Segment before) {
    if (k >= out.size()) {
      return false;
    }
    Segment b = out.get(k);
    return b.kind() == Kind.DISPATCH
        && b.headline() < 0
        && !contentBetween(before.bodyTo(), b.dateline());
  }

  private boolean contentBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (roles[i] == Chrome.Role.CONTENT) {
        return true;
      }
    }
    return false;
  }

  /** A "more" link or an age stamp is this short. */
  private static final int MAX_STUB_MARK = 40;

  /**
   * Items that each carry an index page's furniture — a "more" link ("News »", "Read more ›") or an
   * age stamp ("Updated: 15 hr ago") between their headline and the next item — two or more on a
   * page, are the stubs of an index page: teasers.
   */
  private void markLinkedStubs(List<Segment> out, int[] nextItem) {
    List<Integer> marked = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      Segment s = out.get(k);
      if (s.kind() != Kind.DISPATCH) {
        continue;
      }
      int from = s.headline() >= 0 ? s.headline() : s.dateline();
      int to = nextItem[s.dateline()];
      // A schedule's slug stands over the headline it belongs to.
      if (from > 0 && isSlugLine(blocks.get(from - 1).text()) && isStub(s)) {
        marked.add(k);
        continue;
      }
      for (int j = from + 1; j < to; j++) {
        String t = blocks.get(j).text();
        if (j != s.dateline() && (isStubMark(t) || (isSlugLine(t) && isStub(s, j)))) {
          marked.add(k);
          break;
        }
      }
    }
    if (marked.size() >= MIN_CUT_STUBS) {
      for (int k : marked) {
        out.set(k, asTeaser(out.get(k)));
      }
    }
  }

  /** A wire slug is a few words. */
  private static final int MAX_SLUG = 40;

  /**
   * A wire service's story slug on a line of its own, as news schedules and "top stories" digests
   * print one over each summary: capitals joined by hyphens, no spaces ("USA-FED",
   * "HEALTH-CORONAVIRUS-LATAM").
   */
  static boolean isSlugLine(String t) {
    if (t.length() > MAX_SLUG || t.indexOf('-') <= 0 || t.endsWith("-")) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      } else if (!(Character.isDigit(c) || c == '-' || c == '&' || c == '.')) {
        return false;
      } else if (c == '-' && t.charAt(i - 1) == '-') {
        return false;
      }
    }
    return letter;
  }

  private static boolean isStubMark(String t) {
    if (t.length() > MAX_STUB_MARK) {
      return false;
    }
    String s = t.stripTrailing();
    if (s.endsWith("\u00bb") || s.endsWith("\u203a") || s.endsWith(">>")) {
      return true;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(" ago") || lower.equals("read more") || lower.equals("continue reading");
  }

  private static Segment asTeaser(Segment s) {
    return new Segment(Kind.TEASER, s.headline(), s.dateline(), s.bodyFrom(), s.bodyTo());
  }

  /** Decides which dateline paragraphs start a dispatch; returns the dispatch start indexes. */
  private List<Integer> acceptDatelines() {
    List<Integer> starts = new ArrayList<>();
    int floor = -1;
    boolean contentBefore = false;
    for (int i = 0; i < n; i++) {
      Dateline d = datelines[i];
      if (d != null) {
        // EFE's "Caracas.-" names no agency but is no run-in subhead: a standfirst may stand over
        // it
        boolean standfirst = !d.weak() || d.text().endsWith(".-");
        int h = HeadlineFinder.find(blocks, roles, i, floor, standfirst);
        if (marked && h >= 0 && !blocks.get(h).heading()) {
          h = markedHeadlineAbove(h, floor);
        }
        boolean boundary;
        if (d.weak()) {
          // A known place: "KUWAIT - …", "BEIJING - …" open the briefs of a roundup; an ALL-CAPS
          // run-in subhead ("SECURITY -") names none.
          boundary =
              h >= 0
                  || !storySince(floor, i)
                  || (d.knownPlace() && afterStoryEnd(i, floor) && !underTimestamp(i, floor))
                  || afterSignOff(i, floor);
        } else {
          boundary = h >= 0 || !contentBefore || !underTimestamp(i, floor);
        }
        if (boundary) {
          headlineOf[i] = h;
          starts.add(h >= 0 ? h : i);
          floor = i;
        } else {
          datelines[i] = null;
        }
      }
      contentBefore |= roles[i] == Chrome.Role.CONTENT;
    }
    return starts;
  }

  /**
   * Whether story text — a paragraph that ends a sentence as prose does — stands between {@code
   * floor} (exclusive) and {@code i}: a menu, a page title and a photo caption without credit are
   * not a story a bare "PLACE -" could be a run-in subhead of.
   */
  private boolean storySince(int floor, int i) {
    for (int j = Math.max(0, floor + 1); j < i; j++) {
      if (roles[j] == Chrome.Role.CONTENT && StoryEnd.endsStory(blocks.get(j), stopwords)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paragraph before {@code i} (chrome aside) ends a sentence, is a bullet line (a list's item
   * is whole without a full stop), or is the previous dateline's: a brief starts where the one
   * before it ended, not inside a sentence.
   */
  private boolean afterStoryEnd(int i, int floor) {
    int j = i - 1;
    while (j > floor && !roles[j].keptInBody()) {
      j--;
    }
    return j < 0
        || j == floor
        || StoryEnd.endsStory(blocks.get(j), stopwords)
        || HeadlineFinder.startsWithBullet(blocks.get(j).text());
  }

  /**
   * A wire's sign-off ("– BERNAMA", "(end)", "Enditem") or a byline stands between the previous
   * story and {@code i}, chrome aside: that story is over, so a bare "PLACE –" here opens the next.
   */
  private boolean afterSignOff(int i, int floor) {
    for (int j = i - 1; j > floor; j--) {
      if (roles[j] == Chrome.Role.SIGN_OFF || roles[j] == Chrome.Role.BYLINE) {
        return true; // an agency's name alone ("– BERNAMA") reads as a credit line
      }
      if (roles[j] == Chrome.Role.CONTENT) {
        return false;
      }
    }
    return false;
  }

  /** Paragraphs looked through for an h1–h3 above a headline-like line that is none. */
  private static final int MAX_MARKED_LOOKBACK = 12;

  /**
   * On a page that marks its headlines (h1–h3), a headline-like line that is not marked (a story
   * highlight, a caption without credit, a deck) stands under the story's marked headline: that is
   * the headline, if no story text stands between.
   */
  private int markedHeadlineAbove(int h, int floor) {
    for (int j = h - 1; j > floor && j >= h - MAX_MARKED_LOOKBACK; j--) {
      Block b = blocks.get(j);
      if (roles[j] == Chrome.Role.SECTION_END
          || (roles[j] == Chrome.Role.CONTENT
              && !b.heading()
              && StoryEnd.endsStory(b, stopwords))) {
        return h;
      }
      if (b.heading()
          && roles[j] == Chrome.Role.CONTENT
          && HeadlineFinder.isHeadline(b)
          && !HeadlineFinder.isBoxTitle(blocks, j)) {
        return j;
      }
    }
    return h;
  }

  /** Right under a time stamp (separators aside): an entry of a live file. */
  private boolean underTimestamp(int i, int floor) {
    int j = i - 1;
    while (j > floor && roles[j] == Chrome.Role.SEPARATOR) {
      j--;
    }
    return j > floor && roles[j] == Chrome.Role.TIMESTAMP;
  }

  /** For each paragraph, the next story paragraph or section end after it (n when none). */
  private int[] nextMeaningful() {
    int[] next = new int[n];
    int upcoming = n;
    for (int i = n - 1; i >= 0; i--) {
      next[i] = upcoming;
      if (roles[i] == Chrome.Role.CONTENT || roles[i] == Chrome.Role.SECTION_END) {
        upcoming = i;
      }
    }
    return next;
  }

  /** Paragraphs after a comment form or "Related" heading, up to the next dispatch. */
  private boolean[] deadZones(List<Integer> starts) {
    boolean[] dead = new boolean[n];
    boolean inDead = false;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k < starts.size() && i == starts.get(k)) {
        inDead = false;
        k++;
      }
      if (roles[i] == Chrome.Role.SECTION_END) {
        inDead = true;
      }
      dead[i] = inDead;
    }
    return dead;
  }

  /** The dateline paragraph at i is the text of a teaser (under its headline). */
  private boolean isTeaserText(int i, int[] teaserText) {
    int h = headlineOf[i];
    return h >= 0 && teaserText[h] == i;
  }

  /** For each paragraph, the start of the next dispatch or teaser after it (n when none). */
  private int[] nextItemStarts(List<Integer> starts, int[] teaserText) {
    boolean[] isStart = new boolean[n];
    for (int s : starts) {
      isStart[s] = true;
    }
    int[] nextItem = new int[n];
    int upcoming = n;
    for (int i = n - 1; i >= 0; i--) {
      nextItem[i] = upcoming;
      if (isStart[i] || teaserText[i] >= 0) {
        upcoming = i;
      }
    }
    return nextItem;
  }

  /** Long enough to be no headline, or a sentence of a few words; not "Colleagues,". */
  private static boolean isProse(String text) {
    return text.length() > HeadlineFinder.MAX_HEADLINE || Words.count(text) >= MIN_PROSE_WORDS;
  }

  /** The lead article in [0, end): from the first prose paragraph, under the headline above it. */
  private Segment leadArticle(int end) {
    int prose = -1;
    for (int i = 0; i < end && roles[i] != Chrome.Role.SECTION_END; i++) {
      String text = blocks.get(i).text();
      // A standfirst ends no sentence ("Officials say … at the border"): the article starts after.
      boolean standfirst = !HeadlineFinder.endsSentence(text) && text.length() <= MAX_STANDFIRST;
      if (roles[i] == Chrome.Role.CONTENT && !headlineLike[i] && isProse(text) && !standfirst) {
        prose = i;
        break;
      }
    }
    if (prose < 0) {
      return null; // menus, a page title: no article
    }
    // The article's title stands above its first prose as a dispatch's headline stands above its
    // dateline: past bylines, times and captions, and over a standfirst.
    int headline = HeadlineFinder.find(blocks, roles, prose, -1, true);
    return new Segment(Kind.ARTICLE, headline, -1, prose, end);
  }
}
