package io.dispatchline.ingest.split.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Splitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the HTML reduction keeps and drops, and that it stays linear on hostile markup. */
class HtmlChromeTest {
  private static List<String> paragraphs(String html) {
    return HtmlBlocks.of(html).stream().map(Block::text).toList();
  }

  @Test
  void chromeElementsAndWidgetsAreDropped() {
    String html =
        """
        <body>
        <div id="cookie-banner"><p>We use cookies. Accept?</p></div>
        <header><h1>Site</h1><nav>Home</nav></header>
        <div role="navigation">Sections</div>
        <div class="breadcrumbs">Home › World</div>
        <main>
          <p>Story text.</p>
          <div class="article__share-buttons">Share</div>
          <div class="shareBar">Tweet</div>
          <div class="ad-slot">Advertisement</div>
          <div class="newsletter-signup">Sign up</div>
          <p hidden>Hidden text</p>
          <p aria-hidden="true">Screen-reader noise</p>
          <section id="comments"><p>Nice story!</p></section>
          <div id="disqus_thread">Comments</div>
          <div class="related-posts"><p>Other story</p></div>
          <aside>Most read</aside>
          <form><label>Name</label><input></form>
          <script>var x = 'BEIJING, Oct. 1 (Xinhua) -- not text';</script>
          <iframe src="x"></iframe>
        </main>
        <footer>Contact us</footer>
        </body>
        """;
    assertThat(paragraphs(html)).containsExactly("Story text.");
  }

  @Test
  void classWordsMatchWholeWordsOnly() {
    String html =
        """
        <div class="commentary"><p>An opinion piece.</p></div>
        <div class="shared-content"><p>Kept too.</p></div>
        <div class="header-ad"><p>Dropped.</p></div>
        """;
    assertThat(paragraphs(html)).containsExactly("An opinion piece.", "Kept too.");
  }

  @Test
  void wrapperNamedLikeChromeIsKeptWhenItHoldsTheStory() {
    String html =
        "<div class=\"content has-sidebar with-comments\"><article><h1>Title</h1>"
            + "<p>Story text.</p></article></div><div class=\"sidebar\"><p>Widget</p></div>";
    assertThat(paragraphs(html)).containsExactly("Title", "Story text.");
  }

  @Test
  void headingsAndFigcaptionsAreMarked() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<h1>Head</h1><h4>Small head</h4><figure><img><figcaption>Rescuers at work.</figcaption>"
                + "</figure><p>Text.</p>");
    assertThat(blocks)
        .containsExactly(
            new Block("Head", true, false),
            new Block("Small head", false, false),
            new Block("Rescuers at work.", false, true),
            new Block("Text.", false, false));
  }

  @Test
  void preformattedLinesAreParagraphsAsInText() {
    String html =
        "<pre>Talks end\nALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.\n\nMore.</pre>";
    assertThat(paragraphs(html))
        .containsExactly(
            "Talks end", "ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.", "More.");
    String text = "Talks end\nALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.\n\nMore.\n";
    Splitter splitter = new Splitter();
    assertThat(splitter.splitHtml(html, null).dispatches())
        .containsExactlyElementsOf(splitter.splitText(text, null).dispatches());
  }

  @Test
  void entitiesAndInlineMarkupAreText() {
    assertThat(
            paragraphs(
                "<p>ALMATY, Nov 3 (Xinhua) &mdash; <b>Water</b> ministers&nbsp;met <a>here</a>.</p>"))
        .containsExactly("ALMATY, Nov 3 (Xinhua) — Water ministers met here.");
  }

  @Test
  void deeplyNestedWidgetsStayLinear() {
    String html =
        "<div class=\"share\">".repeat(20_000)
            + "<p>x</p>"
            + "</div>".repeat(20_000)
            + "<header>".repeat(20_000)
            + "</header>".repeat(20_000)
            + "<p>Story text.</p>";
    long start = System.nanoTime();
    assertThat(paragraphs(html)).containsExactly("Story text.");
    // Generous: a quadratic walk over 40,000 nested elements takes minutes, not seconds.
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }
}
