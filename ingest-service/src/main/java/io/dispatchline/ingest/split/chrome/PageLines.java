package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.text.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of a page's template that stand between a headline and its dateline and read like no title
 * in any language: a lone word ("View", "Especial", "IDOPRESS"), a line naming a web site ("Читать
 * на сайте Ria.ru"), a picture's credit ("… © Михаил Синицын/ ТАСС") or caption ending on the word
 * for photo ("… Архивное фото"), a template's unfilled placeholder ("{{element.title}}"). Told by
 * their shape, not by phrase lists per site.
 */
public final class PageLines {
  /** A line naming a site is short: a story's title that names one is longer. */
  private static final int MAX_SITE_LINE_WORDS = 6;

  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\p{L}\\d.@])[\\p{L}\\d-]{2,}\\.(?:com|net|org|info|ru|cn|jp|de|fr|es|it|pt|pl"
              + "|uk|co|in|pk|kz|kg|ua|by|az|tr|ir|br|mx|ar|news|tv)(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE);

  /** The word for a photograph, as a caption's last word ("Архивное фото", "Foto"). */
  private static final Set<String> PHOTO_WORDS =
      Set.of("фото", "foto", "fotos", "photo", "photos", "写真", "사진", "صورة", "zdjęcie", "bild");

  private PageLines() {}

  public static boolean isPageLine(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    int words = Words.count(t);
    if (words <= 1) {
      return true;
    }
    if (t.indexOf('\u00a9') >= 0 || t.contains("{{")) {
      return true;
    }
    if (words <= MAX_SITE_LINE_WORDS && DOMAIN.matcher(t).find()) {
      return true;
    }
    int space = t.lastIndexOf(' ');
    String last = t.substring(space + 1).toLowerCase(Locale.ROOT);
    return PHOTO_WORDS.contains(last);
  }
}
