package io.dispatchline.ingest.split.paragraphs;

import io.dispatchline.ingest.split.text.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to the same paragraph model as {@link TextBlocks}, with a real parser (jsoup): page chrome
 * elements are dropped ({@link HtmlChrome}), block elements become paragraph breaks, h1–h3 are
 * marked as headline candidates and figcaptions as captions. Inside {@code <pre>} every line is a
 * paragraph, as in plain text.
 */
public final class HtmlBlocks {
  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "br",
          "hr",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "caption",
          "address",
          "details",
          "summary",
          "body");

  private static final Set<String> HEADLINE_ELEMENTS = Set.of("h1", "h2", "h3");

  private HtmlBlocks() {}

  public static List<Block> of(String html) {
    // A character reference to NUL (&#0;) is a parse error the HTML standard turns into U+FFFD;
    // jsoup keeps the NUL, which no text column can store.
    Element body = Jsoup.parse(html).body();
    body.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && t.getWholeText().indexOf('\0') >= 0) {
            t.text(t.getWholeText().replace('\0', '\uFFFD'));
          }
        });
    HtmlChrome.drop(body);
    Collector collector = new Collector();
    // NodeTraversor walks iteratively: deeply nested markup cannot overflow the stack.
    NodeTraversor.traverse(collector, body);
    collector.flush();
    return collector.blocks;
  }

  /** Words of a class that name a photo caption: "wp-caption-text", "ins_instory_dv_caption". */
  private static final Set<String> CAPTION_CLASSES = Set.of("caption", "figcaption", "imgcaption");

  private static boolean isCaption(Element e) {
    if (e.normalName().equals("figcaption")) {
      return true;
    }
    String names = e.className();
    return !names.isEmpty() && ClassWords.any(names, CAPTION_CLASSES);
  }

  /** Accumulates text between block boundaries into paragraphs. */
  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private boolean bufferInHeadline;
    private boolean bufferHasText;
    private boolean bufferInCaption;
    private int headlineDepth;
    private int captionDepth;
    private int preDepth;
    private int linkDepth;
    private int linked;

    /** The open block elements, innermost last: the text being collected belongs to the last. */
    private final ArrayDeque<String> open = new ArrayDeque<>();

    /** The open dateline element, while it is open and began the paragraph; else null. */
    private Element datelineElement;

    /** Where in {@link #buffer} the marked dateline ends, or -1. */
    private int datelineEnd = -1;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String s = text.getWholeText();
        if (preDepth > 0) {
          appendPre(s);
        } else {
          buffer.append(s);
        }
        if (linkDepth > 0) {
          linked += nonSpace(s);
        }
        if (!text.isBlank()) {
          bufferHasText = true;
          bufferInHeadline |= headlineDepth > 0;
          bufferInCaption |= captionDepth > 0;
        }
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (BLOCK_ELEMENTS.contains(name)) {
          flush();
          open.addLast(name);
        }
        if (datelineElement == null
            && datelineEnd < 0
            && !bufferHasText
            && DatelineMarkup.marks(e)) {
          datelineElement = e;
        }
        if (isCaption(e)) {
          captionDepth++; // a figcaption, or an element whose class names a caption
        }
        switch (name) {
          case "h1", "h2", "h3" -> headlineDepth++;
          case "pre" -> preDepth++;
          case "a" -> linkDepth++;
          default -> {}
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (e == datelineElement) {
          datelineElement = null;
          datelineEnd = buffer.length();
        }
        if (BLOCK_ELEMENTS.contains(name)) {
          flush();
          open.pollLast();
        }
        if (isCaption(e)) {
          captionDepth--;
        }
        switch (name) {
          case "h1", "h2", "h3" -> headlineDepth--;
          case "pre" -> preDepth--;
          case "a" -> linkDepth--;
          default -> {}
        }
      }
    }

    private static int nonSpace(CharSequence s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
          n++;
        }
      }
      return n;
    }

    /** Preformatted text: each line break ends a paragraph, like a line of plain text. */
    private void appendPre(String s) {
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\n') {
          buffer.append(s, from, i);
          flush();
          from = i + 1;
        }
      }
      buffer.append(s, from, s.length());
    }

    /** The length of the marked dateline in the paragraph's folded text, or 0. */
    private int markedDateline(String text) {
      if (datelineEnd < 0) {
        return 0;
      }
      String marked = Nfc.normalize(Texts.fold(buffer.subSequence(0, datelineEnd))).strip();
      return DatelineMarkup.plausible(marked) && text.startsWith(marked) ? marked.length() : 0;
    }

    void flush() {
      String text = Nfc.normalize(Texts.fold(buffer));
      if (!text.isEmpty()) {
        float links = linked == 0 ? 0f : Math.min(1f, (float) linked / nonSpace(text));
        boolean item = "li".equals(open.peekLast());
        blocks.add(
            new Block(text, bufferInHeadline, bufferInCaption, links, markedDateline(text), item));
      }
      datelineElement = null;
      datelineEnd = -1;
      buffer.setLength(0);
      linked = 0;
      bufferHasText = false;
      bufferInHeadline = false;
      bufferInCaption = false;
    }
  }
}
