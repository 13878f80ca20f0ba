package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.text.Resources;
import io.dispatchline.ingest.split.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wording of page chrome, from {@code split/chrome.tsv}: whole lines ("Share this"), line
 * openings ("Reporting by") and phrases ("contributed to this report").
 *
 * <p>Callers pass only a bounded head and tail of a paragraph, so a lookup costs the same for any
 * paragraph length.
 */
public final class ChromePhrases {
  /** Prefixes are matched on lines up to this long; longer lines are story text. */
  static final int MAX_PREFIX_LINE = 200;

  /** Phrases are looked for in lines up to this long, and only near their end. */
  static final int MAX_PHRASE_LINE = 400;

  /**
   * Chrome phrases stand in the last characters of their line ("… contributed to this report.").
   */
  static final int PHRASE_TAIL = 90;

  /** Whole-line entries are looked up only for lines this short (the longest entry, padded). */
  private int longestLine;

  private final Map<String, Chrome.Role> lines = new HashMap<>();

  /** Prefixes by their first two characters, so a line is compared with one or two of them. */
  private final Map<Integer, List<Entry>> prefixes = new HashMap<>();

  /** Phrases by their first two characters (lower-case ASCII), as a 128 x 128 table. */
  private final Entry[][] phrasesByOpening = new Entry[128 * 128][];

  private record Entry(String text, Chrome.Role role) {}

  private ChromePhrases() {}

  public static ChromePhrases load() {
    ChromePhrases p = new ChromePhrases();
    for (String line : Resources.lines("chrome.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("chrome.tsv: expected role, match, phrase: " + line);
      }
      Chrome.Role role = Chrome.Role.valueOf(f[0]);
      String text = f[2].strip().toLowerCase(Locale.ROOT);
      switch (f[1]) {
        case "line" -> {
          p.lines.put(text, role);
          p.longestLine = Math.max(p.longestLine, text.length() + 4); // room for ":" and spaces
        }
        case "prefix" -> {
          if (text.length() < 2) {
            throw new IllegalStateException("chrome.tsv: a prefix has two characters: " + line);
          }
          p.prefixes
              .computeIfAbsent(opening(text.charAt(0), text.charAt(1)), c -> new ArrayList<>())
              .add(new Entry(text, role));
        }
        case "phrase" -> {
          if (text.length() < 3 || text.charAt(0) >= 128 || text.charAt(1) >= 128) {
            throw new IllegalStateException("chrome.tsv: a phrase opens with two ASCII: " + line);
          }
          int opening = text.charAt(0) * 128 + text.charAt(1);
          Entry[] old = p.phrasesByOpening[opening];
          Entry[] grown = old == null ? new Entry[1] : Arrays.copyOf(old, old.length + 1);
          grown[grown.length - 1] = new Entry(text, role);
          p.phrasesByOpening[opening] = grown;
        }
        default -> throw new IllegalStateException("chrome.tsv: unknown match: " + line);
      }
    }
    return p;
  }

  /**
   * The role of a line by its wording, or null. Compares without copying the line: only a line
   * short enough to be a whole-line entry, and the tail of one that may hold a phrase, are
   * lower-cased.
   */
  Chrome.Role match(String text) {
    int n = text.length();
    if (n <= longestLine) {
      Chrome.Role r = lines.get(key(text.toLowerCase(Locale.ROOT)));
      if (r != null) {
        return r;
      }
    }
    if (n <= MAX_PREFIX_LINE && n >= 2) {
      List<Entry> candidates =
          prefixes.get(
              opening(
                  Character.toLowerCase(text.charAt(0)), Character.toLowerCase(text.charAt(1))));
      if (candidates != null) {
        for (Entry e : candidates) {
          if (text.regionMatches(true, 0, e.text(), 0, e.text().length())) {
            return e.role();
          }
        }
      }
    }
    return n <= MAX_PHRASE_LINE ? phraseInTail(text) : null;
  }

  /**
   * One pass over the tail: only at a word start where two letters could open a phrase are the
   * phrases starting with them compared, ignoring case, in place.
   */
  private Chrome.Role phraseInTail(String text) {
    int n = text.length();
    int from = Math.max(0, n - PHRASE_TAIL);
    // Phrases start words: the tail's first word start, then one after each space.
    int i = from == 0 || text.charAt(from - 1) == ' ' ? from : nextWord(text, from);
    while (i >= 0 && i + 1 < n) {
      Chrome.Role r = phraseAt(text, i);
      if (r != null) {
        return r;
      }
      i = nextWord(text, i);
    }
    return null;
  }

  /** The start of the word after the next space (indexOf is vectorised), or -1. */
  private static int nextWord(String text, int from) {
    int space = text.indexOf(' ', from);
    return space < 0 ? -1 : space + 1;
  }

  /** The role of the phrase starting at i, or null. */
  private Chrome.Role phraseAt(String text, int i) {
    char a = asciiLower(text.charAt(i));
    char b = asciiLower(text.charAt(i + 1));
    if (a >= 128 || b >= 128) {
      return null;
    }
    Entry[] candidates = phrasesByOpening[a * 128 + b];
    if (candidates == null) {
      return null;
    }
    char c = i + 2 < text.length() ? asciiLower(text.charAt(i + 2)) : 0;
    for (Entry e : candidates) {
      if (e.text().charAt(2) == c && text.regionMatches(true, i, e.text(), 0, e.text().length())) {
        return e.role();
      }
    }
    return null;
  }

  private static int opening(char a, char b) {
    return (a << 16) | b;
  }

  /** Lower case for ASCII letters; phrases open with two ASCII characters, so that is enough. */
  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** "Share this:" → "share this": trailing colons, arrows and spaces dropped. */
  private static String key(String lower) {
    int end = lower.length();
    while (end > 0) {
      char c = lower.charAt(end - 1);
      if (c != ':' && c != '\u00bb' && c != '>' && c != '\u203a' && !Texts.isSpace(c)) {
        break;
      }
      end--;
    }
    return lower.substring(0, end);
  }
}
