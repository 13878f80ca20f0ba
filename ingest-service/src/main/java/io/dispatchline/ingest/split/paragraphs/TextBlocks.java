package io.dispatchline.ingest.split.paragraphs;

import io.dispatchline.ingest.split.text.CharClass;
import io.dispatchline.ingest.split.text.Stopwords;
import io.dispatchline.ingest.split.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to paragraphs: one paragraph per non-blank line.
 *
 * <p>News text exports put a headline directly above its dateline paragraph, so a single line break
 * must end a paragraph. The one exception is an evident hard wrap: a line that continues a long
 * previous line which stopped mid-sentence and starts in lower case is joined to it.
 */
public final class TextBlocks {
  /** A line shorter than this is a title or a list item, never a wrapped sentence. */
  private static final int MIN_WRAPPED_LINE = 40;

  /**
   * Evident hard wraps (a line going on in lower case) that make a text a hard-wrapped one, where a
   * line may also break before a capitalised word. One paragraph per line is the usual export, and
   * there a headline may well end on a function word ("… aid flown in").
   */
  private static final int MIN_EVIDENT_WRAPS = 3;

  private TextBlocks() {}

  public static List<Block> of(String text) {
    String t = withoutBreakTags(text);
    List<Block> out = new ArrayList<>();
    Paragraph paragraph = new Paragraph(out);
    LineScanner lines = new LineScanner(t);
    String previousLine = null; // the previous line when no blank line came after it
    List<Integer> softBreaks = new ArrayList<>(); // blocks that may go on in the next one
    int evidentWraps = 0;
    while (lines.next()) {
      String line = t.substring(lines.start, lines.end);
      if (!lines.folded) {
        line = Texts.fold(line);
      }
      if (!lines.stable) {
        // NFC line by line: a line break never composes with anything, so this equals NFC of all.
        line = Nfc.normalize(line);
      }
      if (line.isEmpty()) {
        paragraph.flush();
        previousLine = null;
        continue;
      }
      int stamp = DateStamps.prefix(line);
      if (stamp > 0) {
        paragraph.flush();
        paragraph.append(line.substring(0, stamp - 1));
        line = line.substring(stamp);
        previousLine = null;
      }
      if (previousLine != null && isWrapContinuation(previousLine, line)) {
        evidentWraps++;
        paragraph.append(line);
      } else {
        paragraph.flush();
        if (previousLine != null && mayBeWrapped(previousLine, line)) {
          softBreaks.add(out.size() - 1);
        }
        paragraph.append(line);
      }
      previousLine = line;
    }
    paragraph.flush();
    return evidentWraps < MIN_EVIDENT_WRAPS || softBreaks.isEmpty()
        ? out
        : joinWrapsAfterFunctionWords(out, softBreaks);
  }

  private static final java.util.regex.Pattern BREAK_TAG =
      java.util.regex.Pattern.compile("<br\\s*/?>", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Text copied out of a page's source keeps its line-break tags ("…边界争端<br>
   * 本报墨西哥城…"): each is the line break it stood for. Other markup is left alone, as text.
   */
  private static String withoutBreakTags(String t) {
    if (t.indexOf("<br") < 0 && t.indexOf("<BR") < 0) {
      return t;
    }
    return BREAK_TAG.matcher(t).replaceAll("\n");
  }

  /**
   * Joins a block to the next where its last line stops on a function word of the page's language
   * or a comma ("… for Economic Cooperation and" / "Development on Thursday …"): a sentence goes on
   * there, whatever the case of the next line's first word. Headlines do not end so.
   */
  private static List<Block> joinWrapsAfterFunctionWords(List<Block> in, List<Integer> softBreaks) {
    List<String> texts = new ArrayList<>(in.size());
    for (Block b : in) {
      texts.add(b.text());
    }
    Stopwords stopwords = Stopwords.mostFrequentIn(texts);
    boolean[] joinNext = new boolean[in.size()];
    for (int i : softBreaks) {
      String text = in.get(i).text();
      joinNext[i] = Texts.last(text) == ',' || endsWithLowerCaseStopword(text, stopwords);
    }
    List<Block> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      if (!joinNext[i]) {
        out.add(in.get(i));
        continue;
      }
      StringBuilder joined = new StringBuilder(in.get(i).text());
      while (joinNext[i] && i + 1 < in.size()) {
        joined.append(' ').append(in.get(++i).text());
      }
      out.add(new Block(joined.toString(), false));
    }
    return out;
  }

  private static boolean endsWithLowerCaseStopword(String text, Stopwords stopwords) {
    int end = text.length();
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end
        && Character.isLowerCase(text.charAt(start))
        && stopwords.contains(text.substring(start, end));
  }

  /**
   * A line break that a hard wrap may have put inside a sentence: after a long line that stops
   * mid-sentence, before a line that starts with a capitalised word which is not an ALL-CAPS
   * dateline place or acronym, nor a time stamp.
   */
  private static boolean mayBeWrapped(String previous, String line) {
    if (previous.length() < MIN_WRAPPED_LINE
        || endsSentence(previous)
        || !Character.isUpperCase(line.charAt(0))
        || isTimeStampLine(line)) {
      return false;
    }
    return line.length() < 2 || !Character.isUpperCase(line.charAt(1));
  }

  /**
   * Finds line after line, and in the same scan whether each needs folding or NFC at all; reads the
   * text in chunks of a char array, which lets the JIT drop String's per-character checks.
   */
  private static final class LineScanner {
    private static final int CHUNK = 8192;

    private final String text;
    private final char[] chunk = new char[CHUNK];
    private int chunkStart;
    private int chunkEnd;
    private int pos;
    private boolean done;

    int start;
    int end;
    boolean folded;
    boolean stable;

    LineScanner(String text) {
      this.text = text;
    }

    /** Advances to the next line (the last may be empty); false after the last. */
    boolean next() {
      if (done) {
        return false;
      }
      start = pos;
      folded = true;
      stable = true;
      char prev = ' ';
      int n = text.length();
      while (pos < n) {
        if (pos >= chunkEnd) {
          chunkStart = pos;
          chunkEnd = Math.min(n, pos + CHUNK);
          text.getChars(chunkStart, chunkEnd, chunk, 0);
        }
        char c = chunk[pos - chunkStart];
        if (c > ' ' && c < 0x80) {
          prev = c; // printable ASCII, most of any text: nothing to check
          pos++;
          continue;
        }
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          break;
        }
        if (c == ' ') {
          folded &= prev != ' ';
        } else if (c < 0x80) {
          folded &= !Texts.isSpace(c);
        } else if ((CharClass.of(c) & CharClass.SPACE) != 0) {
          folded = false;
        } else if (!Nfc.isStable(c)) {
          stable = false;
        }
        prev = c;
        pos++;
      }
      folded &= prev != ' ';
      end = pos;
      if (pos >= n) {
        done = true;
      } else {
        boolean crlf = text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n';
        pos += crlf ? 2 : 1;
      }
      return true;
    }
  }

  private static boolean isWrapContinuation(String previous, String line) {
    if (previous.length() < MIN_WRAPPED_LINE || isTimeStampLine(line)) {
      return false;
    }
    if (closesBracketLeftOpen(previous, line)) {
      return true;
    }
    return !endsSentence(previous)
        && (Character.isLowerCase(line.charAt(0)) || continuesAfterNumber(line));
  }

  /**
   * A line that starts with a number and goes on in lower case ("31, according to …", "5 percent
   * …") carries on the sentence the line before broke ("… through March"): a title or list item
   * would not start so.
   */
  private static boolean continuesAfterNumber(String line) {
    int i = 0;
    while (i < line.length() && Character.isDigit(line.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= line.length()) {
      return false;
    }
    if (line.charAt(i) == ',') {
      i++;
    }
    return i + 1 < line.length()
        && line.charAt(i) == ' '
        && Character.isLowerCase(line.charAt(i + 1));
  }

  /**
   * A long line that leaves a bracket open, followed by one that closes it: the bracket's text was
   * wrapped ("(Description of Source: Moscow … in English" / "-- Main … agency)").
   */
  private static boolean closesBracketLeftOpen(String previous, String line) {
    int open = previous.lastIndexOf('(');
    return open >= 0
        && previous.indexOf(')', open) < 0
        && line.indexOf(')') >= 0
        && (line.indexOf('(') < 0 || line.indexOf('(') > line.indexOf(')'));
  }

  /** A stamp line is a few words at most: "on 2009/12/28 17:38:07", "posted 12.03.2024 09:15". */
  private static final int MAX_STAMP_LINE = 40;

  /**
   * A short line holding a numeric date and a clock time is a post's time stamp under its title,
   * never the rest of a wrapped sentence, even when it starts in lower case ("on 2009/12/28
   * 17:38:07").
   */
  static boolean isTimeStampLine(String line) {
    return line.length() <= MAX_STAMP_LINE && hasNumericDate(line) && hasClock(line);
  }

  /** Three digit groups joined by '/', '-' or '.', one of them a four-digit year. */
  private static boolean hasNumericDate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(s, i) || (i > 0 && isDigit(s, i - 1))) {
        continue;
      }
      int[] lengths = new int[3];
      int j = i;
      int groups = 0;
      char separator = 0;
      while (groups < 3) {
        int from = j;
        while (isDigit(s, j)) {
          j++;
        }
        lengths[groups++] = j - from;
        if (j - from == 0 || j - from > 4 || groups == 3 || j >= n) {
          break;
        }
        char c = s.charAt(j);
        if ((c != '/' && c != '-' && c != '.') || (separator != 0 && c != separator)) {
          break;
        }
        separator = c;
        j++;
      }
      if (groups == 3
          && lengths[2] > 0
          && !isDigit(s, j)
          && (lengths[0] == 4 || lengths[2] == 4)
          && lengths[1] <= 2) {
        return true;
      }
    }
    return false;
  }

  /** Hours, ':', two-digit minutes: "17:38", "9:05". */
  private static boolean hasClock(String s) {
    for (int i = 1; i + 2 < s.length(); i++) {
      if (s.charAt(i) == ':'
          && isDigit(s, i - 1)
          && isDigit(s, i + 1)
          && isDigit(s, i + 2)
          && !isDigit(s, i + 3)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(String s, int i) {
    return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean endsSentence(String s) {
    return switch (Texts.last(s)) {
      case '.', '!', '?', ':', '"', '\u201D', '\u2019', ')' -> true;
      default -> false;
    };
  }

  /** Lines of one paragraph; a one-line paragraph (the usual case) is kept without a copy. */
  private static final class Paragraph {
    private final List<Block> out;
    private String single;
    private StringBuilder joined;

    Paragraph(List<Block> out) {
      this.out = out;
    }

    void append(String line) {
      if (single == null && joined == null) {
        single = line;
        return;
      }
      if (joined == null) {
        joined = new StringBuilder(single);
        single = null;
      }
      joined.append(' ').append(line);
    }

    void flush() {
      if (single != null) {
        out.add(new Block(single, false));
      } else if (joined != null) {
        out.add(new Block(joined.toString(), false));
      }
      single = null;
      joined = null;
    }
  }
}
