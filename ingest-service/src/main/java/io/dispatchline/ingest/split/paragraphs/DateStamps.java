package io.dispatchline.ingest.split.paragraphs;

/**
 * A machine date stamp run into the start of a line, as page exports and feeds print them: "date
 * 2022-04-22 Mumbai, Apr 22 (PTI) …", "Published: 2023-07-25 ISLAMABAD: …", "date 2018-03
 * Ljubljana, 29. marca - …" (the month only). The stamp is the page's publish time, and the
 * dateline after it must open its paragraph to be seen, so the stamp becomes a paragraph of its
 * own.
 */
final class DateStamps {
  private static final String[] LABELS = {"date", "published", "updated", "posted"};

  private DateStamps() {}

  /** The length of the stamp at the start of {@code line}, its space included; 0 when none. */
  static int prefix(String line) {
    int i = 0;
    for (String label : LABELS) {
      if (line.regionMatches(true, 0, label, 0, label.length())) {
        i = label.length();
        if (i < line.length() && line.charAt(i) == ':') {
          i++;
        }
        if (i < line.length() && line.charAt(i) == ' ') {
          i++;
        }
        break;
      }
    }
    // YYYY-MM-DD, or YYYY-MM where the export knows only the month
    if (line.length() < i + 8
        || !digits(line, i, 4)
        || line.charAt(i + 4) != '-'
        || !digits(line, i + 5, 2)) {
      return 0;
    }
    int end = i + 7;
    if (line.length() >= i + 11 && line.charAt(i + 7) == '-' && digits(line, i + 8, 2)) {
      end = i + 10;
    } else if (i == 0) {
      return 0; // a bare "2018-03" is a figure, not a stamp: only a labelled one is
    }
    if (line.charAt(end) != ' ' || end + 1 >= line.length()) {
      return 0; // the date alone, or glued to more: not a stamp in front of text
    }
    return end + 1;
  }

  private static boolean digits(String s, int from, int n) {
    for (int k = from; k < from + n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
