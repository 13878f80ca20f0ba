package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Some pages set the dateline apart from its first sentence: "
 *
 * <p class="dateline">LONDON (Reuters) -
 *
 * <p>Shares rose …", or a line break after it in a text export. Such a dateline paragraph is joined
 * to the story paragraph after it, so both formats reach the splitter as one dateline paragraph.
 */
public final class DatelineJoiner {
  /** Enough of the next paragraph for the parser to see that a sentence starts there. */
  private static final int PEEK = 40;

  private DatelineJoiner() {}

  public static List<Block> join(List<Block> blocks, DatelineParser parser, Chrome chrome) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (next != null && isBareDateline(b, next, parser, chrome)) {
        if (out == null) {
          out = new ArrayList<>(blocks.subList(0, i));
        }
        out.add(new Block(b.text() + " " + next.text(), false, false));
        i++;
      } else if (next != null && isMarkedDateline(b, next, chrome)) {
        if (out == null) {
          out = new ArrayList<>(blocks.subList(0, i));
        }
        String text = b.text() + " " + next.text();
        out.add(new Block(text, false, false, next.linkDensity(), b.text().length(), false));
        i++;
      } else if (out != null) {
        out.add(b);
      }
    }
    return out == null ? blocks : out;
  }

  /** A paragraph the markup marks, all of it, as a dateline, before the story text. */
  private static boolean isMarkedDateline(Block b, Block next, Chrome chrome) {
    return b.markedDateline() == b.text().length()
        && !next.heading()
        && !next.caption()
        && next.markedDateline() == 0
        && chrome.classify(next) == Chrome.Role.CONTENT;
  }

  private static boolean isBareDateline(Block b, Block next, DatelineParser parser, Chrome chrome) {
    String text = b.text();
    if (text.length() > DatelineParser.MAX_DATELINE
        || b.heading()
        || b.caption()
        || next.heading()
        || next.caption()
        || !endsLikeDateline(text)) {
      return false;
    }
    String peek = text + " " + next.text().substring(0, Math.min(PEEK, next.text().length()));
    Dateline d = parser.parse(peek);
    return d != null
        && d.bodyStart() == text.length() + 1
        && !startsWithDateline(next, parser)
        && chrome.classify(next) == Chrome.Role.CONTENT;
  }

  /** The next paragraph opens with a dateline of its own (or is one): nothing to join. */
  private static boolean startsWithDateline(Block next, DatelineParser parser) {
    String t = next.text();
    String peek = t.length() <= DatelineParser.MAX_DATELINE ? t + " A" : t;
    return parser.parse(peek) != null;
  }

  /**
   * A dateline ends with its separator, its agency group, TASS's "/TASS/." or Trend's "/Trend, N.
   * Name/".
   */
  private static boolean endsLikeDateline(String text) {
    char c = Texts.last(text);
    return c == '-'
        || c == '\u2014'
        || c == '\u2013'
        || c == ':'
        || c == ')'
        || c == '/'
        || text.endsWith("/.");
  }
}
