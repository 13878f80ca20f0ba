package io.dispatchline.ingest.split;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to the same paragraph model as {@link TextBlocks}, with a real parser (jsoup): page chrome
 * elements are dropped, block elements become paragraph breaks, and h1–h3 are marked as headline
 * candidates.
 */
final class HtmlBlocks {
  /** Elements that never hold story text. */
  private static final String CHROME_ELEMENTS =
      "nav, aside, script, style, form, noscript, template, iframe, svg, button, select";

  /** id/class fragments of comment, share and related-links widgets. */
  private static final List<String> CHROME_MARKERS =
      List.of("comment", "share", "sharing", "social", "related", "newsletter", "cookie");

  /**
   * Structural elements are never dropped for a class name ({@code <body class="has-comments">}).
   */
  private static final Set<String> STRUCTURAL = Set.of("html", "body", "main", "article");

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

  static List<Block> of(String html) {
    Element body = Jsoup.parse(html).body();
    dropChrome(body);
    Collector collector = new Collector();
    // NodeTraversor walks iteratively: deeply nested markup cannot overflow the stack.
    NodeTraversor.traverse(collector, body);
    collector.flush();
    return collector.blocks;
  }

  private static void dropChrome(Element body) {
    body.select(CHROME_ELEMENTS).remove();
    // A page-level header/footer is site chrome; an article's own <header> holds its headline.
    for (Element e : body.select("header, footer")) {
      if (!insideArticle(e)) {
        e.remove();
      }
    }
    for (Element e : body.getAllElements()) {
      if (!STRUCTURAL.contains(e.normalName()) && marksChrome(e)) {
        e.remove();
      }
    }
  }

  private static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private static boolean marksChrome(Element e) {
    String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String marker : CHROME_MARKERS) {
      if (names.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Accumulates text between block boundaries into paragraphs. */
  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private boolean bufferInHeadline;
    private int headlineDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        buffer.append(text.getWholeText());
        if (headlineDepth > 0 && !text.isBlank()) {
          bufferInHeadline = true;
        }
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (BLOCK_ELEMENTS.contains(name)) {
          flush();
        }
        if (HEADLINE_ELEMENTS.contains(name)) {
          headlineDepth++;
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
        if (HEADLINE_ELEMENTS.contains(name)) {
          headlineDepth--;
        }
      }
    }

    void flush() {
      String text = Texts.fold(Normalizer.normalize(buffer, Normalizer.Form.NFC));
      if (!text.isEmpty()) {
        blocks.add(new Block(text, bufferInHeadline));
      }
      buffer.setLength(0);
      bufferInHeadline = false;
    }
  }
}
