package io.dispatchline.ingest.split.paragraphs;

import java.util.Locale;
import java.util.Set;

/**
 * The words of an id or class attribute: "article__share-buttons shareBar" is article, share,
 * buttons, share, bar. Markup names its widgets in every spelling; whole words keep "commentary"
 * from matching "comment".
 */
final class ClassWords {
  private ClassWords() {}

  /** Whether any word of {@code names}, lower-cased, is in {@code words}. */
  static boolean any(String names, Set<String> words) {
    int n = names.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean boundary =
          i == n
              || !Character.isLetterOrDigit(names.charAt(i))
              || (i > start
                  && Character.isUpperCase(names.charAt(i))
                  && Character.isLowerCase(names.charAt(i - 1)));
      if (boundary) {
        if (i > start && words.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = Character.isLetterOrDigit(i < n ? names.charAt(i) : ' ') ? i : i + 1;
      }
    }
    return false;
  }
}
