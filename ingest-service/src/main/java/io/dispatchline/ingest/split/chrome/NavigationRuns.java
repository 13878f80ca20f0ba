package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.segmentation.HeadlineFinder;
import io.dispatchline.ingest.split.text.Texts;
import java.util.List;

/**
 * Menus in plain text: three or more short lines in a row ("Home", "World", "Business") that no
 * sentence ends, at least two of them not yet known as chrome. They are site navigation, not a
 * headline or story text, and would otherwise pass for the headline above the first item.
 */
public final class NavigationRuns {
  private static final int MIN_RUN = 3;
  private static final int MIN_UNKNOWN_ITEMS = 2;
  private static final int MAX_ITEM_WORDS = 3;
  private static final int MAX_ITEM_CHARS = 30;

  private NavigationRuns() {}

  /** Marks each menu line as chrome ({@link Chrome.Role#SHARE}); linear. */
  public static void mark(List<Block> blocks, Chrome.Role[] roles, Dateline[] datelines) {
    boolean[] shapes = new boolean[blocks.size()];
    for (int i = 0; i < shapes.length; i++) {
      shapes[i] = looksLikeMenuItem(blocks.get(i));
    }
    mark(roles, datelines, shapes);
  }

  /**
   * The same, with {@link #looksLikeMenuItem} of each paragraph already at hand (the splitter reads
   * each paragraph once).
   */
  public static void mark(Chrome.Role[] roles, Dateline[] datelines, boolean[] menuShaped) {
    int n = roles.length;
    int runStart = 0;
    int unknown = 0;
    for (int i = 0; i <= n; i++) {
      boolean content = i < n && roles[i] == Chrome.Role.CONTENT;
      boolean item =
          i < n
              && (content || roles[i] == Chrome.Role.SHARE)
              && datelines[i] == null
              && menuShaped[i];
      if (item) {
        unknown += content ? 1 : 0;
        continue;
      }
      if (i - runStart >= MIN_RUN && unknown >= MIN_UNKNOWN_ITEMS) {
        for (int k = runStart; k < i; k++) {
          roles[k] = Chrome.Role.SHARE;
        }
      }
      runStart = i + 1;
      unknown = 0;
    }
  }

  /** Short, a few words, no sentence end, no markup heading. */
  public static boolean looksLikeMenuItem(Block b) {
    return !b.heading() && isMenuItem(b.text());
  }

  private static boolean isMenuItem(String text) {
    return text.length() <= MAX_ITEM_CHARS
        && HeadlineFinder.words(text) <= MAX_ITEM_WORDS
        && !HeadlineFinder.endsSentence(text)
        && Texts.last(text) != '?'
        && Texts.last(text) != '!';
  }
}
