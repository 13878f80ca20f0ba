package io.dispatchline.ingest.split;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to paragraphs: one paragraph per non-blank line.
 *
 * <p>News text exports put a headline directly above its dateline paragraph, so a single line break
 * must end a paragraph. The one exception is an evident hard wrap: a line that continues a long
 * previous line which stopped mid-sentence and starts in lower case is joined to it.
 */
final class TextBlocks {
  /** A line shorter than this is a title or a list item, never a wrapped sentence. */
  private static final int MIN_WRAPPED_LINE = 40;

  private TextBlocks() {}

  static List<Block> of(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<Block> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    String previousLine = null; // the previous line when no blank line came after it
    int start = 0;
    int n = t.length();
    while (start <= n) {
      int end = lineEnd(t, start);
      String line = Texts.fold(t.subSequence(start, end));
      start =
          end
              + ((end < n && t.charAt(end) == '\r' && end + 1 < n && t.charAt(end + 1) == '\n')
                  ? 2
                  : 1);
      if (line.isEmpty()) {
        flush(paragraph, out);
        previousLine = null;
        continue;
      }
      if (previousLine != null && isWrapContinuation(previousLine, line)) {
        paragraph.append(' ').append(line);
      } else {
        flush(paragraph, out);
        paragraph.append(line);
      }
      previousLine = line;
    }
    flush(paragraph, out);
    return out;
  }

  private static int lineEnd(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return t.length();
  }

  private static boolean isWrapContinuation(String previous, String line) {
    return previous.length() >= MIN_WRAPPED_LINE
        && !endsSentence(previous)
        && Character.isLowerCase(line.charAt(0));
  }

  private static boolean endsSentence(String s) {
    return switch (Texts.last(s)) {
      case '.', '!', '?', ':', '"', '\u201D', '\u2019', ')' -> true;
      default -> false;
    };
  }

  private static void flush(StringBuilder paragraph, List<Block> out) {
    if (paragraph.length() > 0) {
      out.add(new Block(paragraph.toString(), false));
      paragraph.setLength(0);
    }
  }
}
