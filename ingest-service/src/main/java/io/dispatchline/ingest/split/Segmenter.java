package io.dispatchline.ingest.split;

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
 *   <li><b>Teasers</b>: two or more headline + short text units in a row (the text may be a
 *       dateline paragraph) are an index page's list: each unit is one teaser, never merged into
 *       one dispatch. An ALL-CAPS line is a subhead, never a teaser's headline, and after a
 *       dispatch's body a list of questions is an explainer's subheads. After a comment form or a
 *       "Related" heading nothing is a teaser: such lists link to other pages and are dropped.
 *   <li><b>Bodies</b>: a dispatch runs from its dateline to the next item; chrome is left out and
 *       nothing after a comment form or "Related" heading is kept.
 *   <li><b>Lead article</b>: before the first item, from the first paragraph of prose, under the
 *       nearest headline above it; menus and a page title without text are no article.
 * </ol>
 */
final class Segmenter {
  /** A teaser's text is a sentence or two. */
  static final int MAX_TEASER_TEXT = 300;

  private static final int MIN_TEASER_WORDS = 3;

  /** Prose: a paragraph that is no headline and has at least this many words. */
  private static final int MIN_PROSE_WORDS = 5;

  private final List<Block> blocks;
  private final Chrome.Role[] roles;
  private final Dateline[] datelines;
  private final int n;
  private final int[] headlineOf;
  private final boolean[] headlineLike;

  private Segmenter(List<Block> blocks, Chrome.Role[] roles, Dateline[] datelines) {
    this.blocks = blocks;
    this.roles = roles;
    this.datelines = datelines;
    this.n = blocks.size();
    this.headlineOf = new int[n];
    this.headlineLike = new boolean[n];
    for (int i = 0; i < n; i++) {
      headlineLike[i] = roles[i] == Chrome.Role.CONTENT && HeadlineFinder.isHeadline(blocks.get(i));
    }
  }

  /**
   * The items of a page in document order.
   *
   * @param datelines the dateline each paragraph starts with, or null; entries of datelines that
   *     turn out to be no boundary are cleared
   */
  static List<Segment> segment(List<Block> blocks, Chrome.Role[] roles, Dateline[] datelines) {
    return new Segmenter(blocks, roles, datelines).run();
  }

  private List<Segment> run() {
    List<Integer> starts = acceptDatelines();
    int[] next = nextMeaningful();
    boolean[] dead = deadZones(starts);
    int[] unitText = units(next, dead);
    boolean[] teaserHead = chains(unitText, next);

    List<Segment> out = new ArrayList<>();
    int firstStart = starts.isEmpty() ? n : starts.get(0);
    for (int i = 0; i < firstStart; i++) {
      if (teaserHead[i]) {
        firstStart = i;
        break;
      }
    }
    Segment lead = leadArticle(firstStart);
    if (lead != null) {
      out.add(lead);
    }
    int[] nextItem = nextItemStarts(starts, teaserHead);
    for (int i = firstStart; i < n; i++) {
      if (teaserHead[i]) {
        int t = unitText[i];
        out.add(
            datelines[t] != null
                ? new Segment(Kind.TEASER, i, t, t + 1, t + 1)
                : new Segment(Kind.TEASER, i, -1, t, t + 1));
      } else if (datelines[i] != null && !isTeaserText(i, unitText, teaserHead)) {
        out.add(new Segment(Kind.DISPATCH, headlineOf[i], i, i + 1, nextItem[i]));
      }
    }
    return out;
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
          boundary = h >= 0 || !contentBefore;
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

  /** For each headline that heads a teaser-like unit, the index of its text; else -1. */
  private int[] units(int[] next, boolean[] dead) {
    int[] unitText = new int[n];
    for (int h = 0; h < n; h++) {
      unitText[h] = -1;
      if (!headlineLike[h] || dead[h] || datelines[h] != null || isSubhead(blocks.get(h))) {
        continue;
      }
      int t = next[h];
      if (t >= n || roles[t] != Chrome.Role.CONTENT || dead[t] || !isTeaserText(t, h)) {
        continue;
      }
      int after = next[t];
      boolean closed =
          after >= n
              || roles[after] == Chrome.Role.SECTION_END
              || (headlineLike[after] && !dead[after]);
      if (closed) {
        unitText[h] = t;
      }
    }
    return unitText;
  }

  private boolean isTeaserText(int t, int headline) {
    String text = blocks.get(t).text();
    Dateline d = datelines[t];
    if (d != null) {
      return headlineOf[t] == headline && text.length() - d.bodyStart() <= MAX_TEASER_TEXT;
    }
    return !headlineLike[t]
        && text.length() <= MAX_TEASER_TEXT
        && Words.count(text) >= MIN_TEASER_WORDS;
  }

  /** Marks the headlines of units that form lists of two or more. */
  private boolean[] chains(int[] unitText, int[] next) {
    boolean[] teaserHead = new boolean[n];
    boolean[] seen = new boolean[n];
    boolean insideDispatch = false;
    for (int h = 0; h < n; h++) {
      if (datelines[h] != null) {
        insideDispatch = true;
      }
      if (unitText[h] < 0 || seen[h]) {
        continue;
      }
      List<Integer> chain = new ArrayList<>();
      for (int u = h; u < n && unitText[u] >= 0 && !seen[u]; u = next[unitText[u]]) {
        chain.add(u);
        seen[u] = true;
      }
      boolean startsADispatch = datelines[unitText[h]] != null;
      if (chain.size() >= 2 && (startsADispatch || !insideDispatch || noQuestions(chain))) {
        for (int u : chain) {
          teaserHead[u] = true;
        }
      }
    }
    return teaserHead;
  }

  /** An ALL-CAPS line in plain text is a subhead of a body, never a teaser's headline. */
  private static boolean isSubhead(Block b) {
    return !b.heading() && Texts.isAllCaps(b.text());
  }

  /**
   * After a dispatch's body, questions over single paragraphs are the subheads of an explainer
   * ("What happens next?"), not a list of teasers.
   */
  private boolean noQuestions(List<Integer> chain) {
    for (int h : chain) {
      if (Texts.last(blocks.get(h).text()) == '?') {
        return false;
      }
    }
    return true;
  }

  private boolean isTeaserText(int i, int[] unitText, boolean[] teaserHead) {
    int h = headlineOf[i];
    return h >= 0 && teaserHead[h] && unitText[h] == i;
  }

  /** For each paragraph, the start of the next dispatch or teaser after it (n when none). */
  private int[] nextItemStarts(List<Integer> starts, boolean[] teaserHead) {
    boolean[] isStart = new boolean[n];
    for (int s : starts) {
      isStart[s] = true;
    }
    int[] nextItem = new int[n];
    int upcoming = n;
    for (int i = n - 1; i >= 0; i--) {
      nextItem[i] = upcoming;
      if (isStart[i] || teaserHead[i]) {
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
    int headline = -1;
    for (int i = prose - 1; i >= 0; i--) {
      if (roles[i] == Chrome.Role.CONTENT) {
        headline = headlineLike[i] ? i : -1;
        break;
      }
    }
    return new Segment(Kind.ARTICLE, headline, -1, prose, end);
  }
}
