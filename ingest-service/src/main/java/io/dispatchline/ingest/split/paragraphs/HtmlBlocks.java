package io.dispatchline.ingest.split.paragraphs;

import io.dispatchline.ingest.split.text.Texts;
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

  /** Accumulates text between block boundaries into paragraphs. */
  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private boolean bufferInHeadline;
    private boolean bufferInCaption;
    private int headlineDepth;
    private int captionDepth;
    private int preDepth;
    private int linkDepth;
    private int linked;

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
          bufferInHeadline |= headlineDepth > 0;
          bufferInCaption |= captionDepth > 0;
        }
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (BLOCK_ELEMENTS.contains(name)) {
          flush();
        }
        switch (name) {
          case "h1", "h2", "h3" -> headlineDepth++;
          case "figcaption" -> captionDepth++;
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
        if (BLOCK_ELEMENTS.contains(name)) {
          flush();
        }
        switch (name) {
          case "h1", "h2", "h3" -> headlineDepth--;
          case "figcaption" -> captionDepth--;
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

    void flush() {
      String text = Nfc.normalize(Texts.fold(buffer));
      if (!text.isEmpty()) {
        float links = linked == 0 ? 0f : Math.min(1f, (float) linked / nonSpace(text));
        blocks.add(new Block(text, bufferInHeadline, bufferInCaption, links));
      }
      buffer.setLength(0);
      linked = 0;
      bufferInHeadline = false;
      bufferInCaption = false;
    }
  }
}
