package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Texts;
import io.dispatchline.ingest.split.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of teasers on an index page. A <em>unit</em> is a headline-like paragraph followed (chrome
 * such as "Read more" or "2 hours ago" aside) by one short text — a sentence or two, or a dateline
 * paragraph whose text is that short — and then by another headline-like paragraph, a section end
 * or the end of the page. Two or more units in a row are a list, and each unit is one teaser.
 *
 * <p>Not teasers: an ALL-CAPS line over a paragraph (a body's subhead), a run of questions after a
 * dispatch's body (an explainer's subheads), and anything after a comment form or a "Related"
 * heading (such lists link to other pages and are dropped).
 */
public final class TeaserLists {
  /** A teaser's text is a sentence or two. */
  static final int MAX_TEASER_TEXT = 300;

  private static final int MIN_TEASER_WORDS = 3;

  private final List<Block> blocks;
  private final Chrome.Role[] roles;
  private final Dateline[] datelines;
  private final int[] headlineOf;
  private final boolean[] headlineLike;

  /**
   * @param datelines the accepted dateline of each paragraph, or null
   * @param headlineOf the headline index of each accepted dateline paragraph, or -1
   * @param headlineLike whether each paragraph is story text that reads like a headline
   */
  TeaserLists(
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      int[] headlineOf,
      boolean[] headlineLike) {
    this.blocks = blocks;
    this.roles = roles;
    this.datelines = datelines;
    this.headlineOf = headlineOf;
    this.headlineLike = headlineLike;
  }

  /**
   * For each paragraph that heads a teaser, the index of its text; -1 elsewhere.
   *
   * @param next for each paragraph, the next story paragraph or section end after it
   * @param dead whether each paragraph lies after a section end (up to the next dispatch)
   */
  int[] find(int[] next, boolean[] dead) {
    int[] unitText = units(next, dead);
    boolean[] teaserHead = chains(unitText, next);
    int[] teaserText = new int[blocks.size()];
    for (int h = 0; h < teaserText.length; h++) {
      teaserText[h] = teaserHead[h] ? unitText[h] : -1;
    }
    return teaserText;
  }

  /** For each headline that heads a teaser-like unit, the index of its text; else -1. */
  private int[] units(int[] next, boolean[] dead) {
    int n = blocks.size();
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
    int n = blocks.size();
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
}
