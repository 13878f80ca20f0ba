package io.dispatchline.ingest.split;

import java.util.List;

/**
 * Finds the headline of a dispatch: the nearest paragraph above its dateline that reads like a
 * headline, looking past captions, bylines and publish-time lines in between.
 */
final class HeadlineFinder {
  /** Chrome paragraphs we look past between a headline and its dateline. */
  private static final int MAX_SKIPPED = 4;

  private static final int MAX_HEADLINE = 200;
  private static final int MAX_MARKED_HEADLINE = 300;
  private static final int MAX_HEADLINE_WORDS = 30;

  private HeadlineFinder() {}

  /**
   * The index of the headline of the dateline paragraph at {@code dateline}, looking no further up
   * than {@code floor} (exclusive: the previous dispatch's dateline), or -1 when there is none.
   */
  static int find(List<Block> blocks, Chrome.Role[] roles, int dateline, int floor) {
    int skipped = 0;
    for (int i = dateline - 1; i > floor; i--) {
      Chrome.Role role = roles[i];
      if (role == Chrome.Role.CONTENT) {
        return isHeadline(blocks.get(i)) ? i : -1;
      }
      if (!role.skippableBeforeDateline() || ++skipped > MAX_SKIPPED) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A short line that is not a sentence: no final period, comma, semicolon or colon ("Colleagues,"
   * or "Following is the full text:" are not headlines). A dash inside is fine ("China to work with
   * Mongolia — Chinese premier"). A heading marked up as h1–h3 only has to be short.
   */
  static boolean isHeadline(Block block) {
    String t = block.text();
    if (t.length() > (block.heading() ? MAX_MARKED_HEADLINE : MAX_HEADLINE)
        || !Texts.hasLetter(t)) {
      return false;
    }
    if (block.heading()) {
      return true;
    }
    return switch (Texts.last(t)) {
      case '.', ',', ';', ':' -> false;
      default -> words(t) <= MAX_HEADLINE_WORDS;
    };
  }

  private static int words(String t) {
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
