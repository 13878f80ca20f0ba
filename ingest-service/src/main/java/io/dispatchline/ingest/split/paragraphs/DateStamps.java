package io.dispatchline.ingest.split.paragraphs;

/**
 * A machine date stamp run into the start of a line, as page exports and feeds print them: "date
 * 2022-04-22 Mumbai, Apr 22 (PTI) …", "Published: 2023-07-25 ISLAMABAD: …". The stamp is the page's
 * publish time, and the dateline after it must open its paragraph to be seen, so the stamp becomes
 * a paragraph of its own.
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
    // YYYY-MM-DD
    if (line.length() < i + 11
        || !digits(line, i, 4)
        || line.charAt(i + 4) != '-'
        || !digits(line, i + 5, 2)
        || line.charAt(i + 7) != '-'
        || !digits(line, i + 8, 2)) {
      return 0;
    }
    int end = i + 10;
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
