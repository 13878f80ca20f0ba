package io.dispatchline.ingest.split.paragraphs;

import io.dispatchline.ingest.split.text.Texts;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A dateline the page's markup names: {@code <span class="articleLocation">WASHINGTON</span> The
 * Fed …}, {@code <b class="place_cont">Washington/ New Delhi: </b><p>…}, schema.org's {@code
 * itemprop="dateline"}. Sites that mark the place this way often print it with no separator and no
 * agency, a form the text rules cannot tell from an ALL-CAPS first word.
 */
final class DatelineMarkup {
  /** A marked dateline longer than this is a paragraph that happens to carry the class. */
  private static final int MAX_LENGTH = 60;

  private static final int MAX_WORDS = 8;

  private DatelineMarkup() {}

  /** The element's class or itemprop names a dateline or the story's location. */
  static boolean marks(Element e) {
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("dateline")) {
      return true;
    }
    for (String c : e.classNames()) {
      String k = c.toLowerCase(Locale.ROOT);
      if (k.contains("dateline") || k.contains("location") || k.startsWith("place")) {
        return true;
      }
    }
    return false;
  }

  /** Short, with letters, and no sentence inside: a place (and perhaps date and agency). */
  static boolean plausible(String marked) {
    if (marked.length() < 2 || marked.length() > MAX_LENGTH || !Texts.hasLetter(marked)) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == ' ' && ++words > MAX_WORDS) {
        return false;
      }
      if ((c == '!' || c == '?')
          || (c == '.'
              && i + 1 < marked.length()
              && marked.charAt(i + 1) == ' '
              && i > 0
              && Character.isLowerCase(marked.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }
}
