package io.dispatchline.ingest.split.paragraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * Archive exports that print each story as labelled fields run together on one line: "SOURCE: The
 * Daily Example DATE: Issue #634 … TITLE: Record cold in the east PUBLISHER: The Associated Press
 * TEXT: MOSCOW - A cold wave …". The title becomes a paragraph of its own (the headline) and the
 * text another (it opens with the dateline); the other fields are the record's metadata, not story
 * text, and are left out.
 */
public final class FieldRecords {
  /** The field that holds the story; its presence is the cheap first test. */
  private static final String TEXT = "TEXT: ";

  private static final String TITLE = "TITLE: ";

  /** Metadata labels such exports print between their records' title and text. */
  private static final String[] LABELS = {
    "SOURCE: ",
    "DATE: ",
    TITLE,
    "HEADLINE: ",
    "AUTHOR: ",
    "BYLINE: ",
    "PUBLISHER: ",
    "SECTION: ",
    "LENGTH: ",
    TEXT
  };

  private FieldRecords() {}

  /** The paragraphs with field records split into title and text; the same list when none. */
  public static List<Block> split(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String t = b.text();
      List<Block> fields = b.heading() || t.indexOf(TEXT) < 0 ? null : fields(t);
      if (fields != null && out == null) {
        out = new ArrayList<>(blocks.size() + 8);
        out.addAll(blocks.subList(0, i));
      }
      if (fields != null) {
        out.addAll(fields);
      } else if (out != null) {
        out.add(b);
      }
    }
    return out == null ? blocks : out;
  }

  /** The next {@code LABELS[k]} from {@code from} that starts a word ("CONTEXT: " is none). */
  private static int find(String t, int k, int from) {
    int at = t.indexOf(LABELS[k], from);
    while (at > 0 && t.charAt(at - 1) != ' ') {
      at = t.indexOf(LABELS[k], at + 1);
    }
    return at;
  }

  /** Title and text paragraphs of the records in {@code t}, or null when it holds no record. */
  private static List<Block> fields(String t) {
    List<int[]> labels = new ArrayList<>(); // {start, label index}
    // Each label's next occurrence, searched only forward: one pass per label over the text.
    int[] next = new int[LABELS.length];
    for (int k = 0; k < LABELS.length; k++) {
      next[k] = find(t, k, 0);
    }
    while (true) {
      int which = -1;
      for (int k = 0; k < LABELS.length; k++) {
        if (next[k] >= 0 && (which < 0 || next[k] < next[which])) {
          which = k;
        }
      }
      if (which < 0) {
        break;
      }
      int at = next[which];
      labels.add(new int[] {at, which});
      int from = at + LABELS[which].length();
      for (int k = 0; k < LABELS.length; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = find(t, k, from);
        }
      }
    }
    boolean titled = false;
    for (int[] l : labels) {
      titled |= LABELS[l[1]].equals(TITLE) || LABELS[l[1]].equals("HEADLINE: ");
    }
    if (!titled || labels.size() < 3) {
      return null; // one "TEXT:" in a sentence is no export
    }
    List<Block> out = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      int[] l = labels.get(k);
      String label = LABELS[l[1]];
      int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : t.length();
      String value = t.substring(l[0] + label.length(), end).strip();
      boolean kept = label.equals(TITLE) || label.equals("HEADLINE: ") || label.equals(TEXT);
      if (kept && !value.isEmpty()) {
        out.add(new Block(value, false, false));
      }
    }
    return out;
  }
}
