package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.text.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The furniture of an index page — "Archive: 19 April 1999", "36 articles found", "Tag Archives:
 * …", "Posts by …", "Older posts" — as data ({@code split/index-markers.tsv}). A page that shows
 * one and lists short items under datelines lists teasers.
 */
final class IndexMarkers {
  private static final int MAX_LINE = 60;

  private static final List<String> PREFIXES = new ArrayList<>();
  private static final List<String> PHRASES = new ArrayList<>();
  private static final List<String> LINES = new ArrayList<>();

  static {
    for (String row : Resources.lines("index-markers.tsv")) {
      String[] f = row.split("\t");
      switch (f[0]) {
        case "prefix" -> PREFIXES.add(f[1]);
        case "phrase" -> PHRASES.add(f[1]);
        case "line" -> LINES.add(f[1]);
        default -> throw new IllegalStateException("index-markers.tsv: unknown match " + f[0]);
      }
    }
  }

  private IndexMarkers() {}

  static boolean isMarker(String text) {
    if (text.length() > MAX_LINE) {
      return false;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    while (t.endsWith("»") || t.endsWith("›") || t.endsWith(">")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    for (String p : PREFIXES) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    for (String p : PHRASES) {
      if (t.contains(p)) {
        return true;
      }
    }
    return LINES.contains(t);
  }
}
