package io.dispatchline.ingest.split;

import java.util.List;

/**
 * Menus in plain text: three or more short lines in a row ("World", "Business", "Markets") that no
 * sentence ends. They are site navigation, not a headline or story text, and would otherwise pass
 * for the headline above the first dispatch.
 */
final class NavigationRuns {
  private static final int MIN_RUN = 3;
  private static final int MAX_ITEM_WORDS = 3;
  private static final int MAX_ITEM_CHARS = 30;

  private NavigationRuns() {}

  /** Marks each menu line as chrome ({@link Chrome.Role#SHARE}); linear. */
  static void mark(List<Block> blocks, Chrome.Role[] roles, Dateline[] datelines) {
    int n = blocks.size();
    int runStart = 0;
    for (int i = 0; i <= n; i++) {
      boolean item =
          i < n
              && roles[i] == Chrome.Role.CONTENT
              && datelines[i] == null
              && !blocks.get(i).heading()
              && isMenuItem(blocks.get(i).text());
      if (!item) {
        if (i - runStart >= MIN_RUN) {
          for (int k = runStart; k < i; k++) {
            roles[k] = Chrome.Role.SHARE;
          }
        }
        runStart = i + 1;
      }
    }
  }

  private static boolean isMenuItem(String text) {
    return text.length() <= MAX_ITEM_CHARS
        && HeadlineFinder.words(text) <= MAX_ITEM_WORDS
        && !HeadlineFinder.endsSentence(text)
        && Texts.last(text) != '?'
        && Texts.last(text) != '!';
  }
}
