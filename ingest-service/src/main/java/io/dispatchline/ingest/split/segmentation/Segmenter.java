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

  /** Two items cut mid-sentence before the next one make a page of teasers. */
  private static final int MIN_CUT_STUBS = 2;

  private final List<Block> blocks;
  private final Chrome.Role[] roles;
  private final Dateline[] datelines;
  private final int n;
  private final int[] headlineOf;
  private final boolean[] headlineLike;
  private final Stopwords stopwords;

  private Segmenter(
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      boolean[] headlineShaped,
      Stopwords stopwords) {
    this.blocks = blocks;
    this.stopwords = stopwords;
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
    for (int k : cut) {
      Segment s = out.get(k);
      if (cutBeforeNext >= MIN_CUT_STUBS) {
        out.set(k, asTeaser(s));
      } else {
        // One cut item alone is no index page: a story, ending where its story ends.
        int d = s.dateline();
        String after = blocks.get(d).text().substring(datelines[d].bodyStart());
        int end = StoryEnd.end(blocks, roles, stopwords, d, after, s.bodyTo(), n - 1);
        out.set(k, new Segment(Kind.DISPATCH, s.headline(), d, s.bodyFrom(), end));
      }
    }
    return out;
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
        int h = HeadlineFinder.find(blocks, roles, i, floor, !d.weak());
        boolean boundary;
        if (d.weak()) {
          // A known place: "KUWAIT - …", "BEIJING - …" open the briefs of a roundup; an ALL-CAPS
          // run-in subhead ("SECURITY -") names none.
          boundary =
              h >= 0
                  || !contentBefore
                  || (d.knownPlace() && afterStoryEnd(i, floor) && !underTimestamp(i, floor));
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
   * The paragraph before {@code i} (chrome aside) ends a sentence, or is the previous dateline's: a
   * brief starts where the one before it ended, not inside a sentence.
   */
  private boolean afterStoryEnd(int i, int floor) {
    int j = i - 1;
    while (j > floor && !roles[j].keptInBody()) {
      j--;
    }
    return j < 0 || j == floor || StoryEnd.endsStory(blocks.get(j).text(), stopwords);
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
      if (roles[i] == Chrome.Role.CONTENT && !headlineLike[i] && isProse(blocks.get(i).text())) {
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
