package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HTML goes through jsoup to the same paragraph model, and so to the same dispatches. */
class HtmlSplitTest {
  private final Splitter splitter = new Splitter();

  /** The seed's headline lines, which the HTML rendering marks up as h2. */
  private static final Set<String> SEED_HEADLINES =
      Set.copyOf(
          new Splitter()
              .splitText(TestDocs.seed(), null).dispatches().stream()
                  .map(Dispatch::headline)
                  .toList());

  /** The seed as a simple web page: site chrome around an article, headlines as h2. */
  static String seedAsHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><title>SCO meeting | News</title>")
        .append("<style>p { margin: 0 }</style><script>var tracking = 'Leave a Reply';</script>")
        .append("</head><body>")
        .append("<header><div class=\"logo\">Daily Wire Digest</div>")
        .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
        .append("</ul></nav></header>\n<main><article>\n");
    for (String paragraph : TestDocs.paragraphs(TestDocs.seed())) {
      if (paragraph.startsWith("Leave a Reply")) {
        break; // the comment section goes in the page footer below
      }
      String tag = SEED_HEADLINES.contains(paragraph) ? "h2" : "p";
      html.append('<')
          .append(tag)
          .append('>')
          .append(escape(paragraph))
          .append("</")
          .append(tag)
          .append(">\n");
    }
    html.append("</article>\n<aside><h3>Most read</h3><ul><li>Markets rally</li></ul></aside>")
        .append("</main>\n<footer><div id=\"comments\"><h3>Leave a Reply</h3>")
        .append("<p>Your email address will not be published. Required fields are marked *</p>")
        .append("<form><label>Name *</label><input name=\"author\"><button>Post Comment</button>")
        .append("</form></div><p>© 2023 Daily Wire Digest</p></footer></body></html>");
    return html.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void seedAsHtmlGivesTheSameDispatchesAsTheText() {
    List<Dispatch> fromText = splitter.splitText(TestDocs.seed(), null).dispatches();
    List<Dispatch> fromHtml = splitter.splitHtml(seedAsHtml(), null).dispatches();
    assertThat(fromHtml).hasSize(9);
    // Records compare every field: ids, headlines, datelines, dates, bodies, counts, mentions.
    assertThat(fromHtml).containsExactlyElementsOf(fromText);
  }

  @Test
  void headingMarkupMakesALineAHeadlineCandidate() {
    String html =
        """
        <article>
          <h2>Talks end in agreement.</h2>
          <p>ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.</p>
        </article>
        """;
    // In plain text a line ending with a period is a sentence; an h2 is a headline regardless.
    assertThat(splitter.splitHtml(html, null).dispatches().get(0).headline())
        .isEqualTo("Talks end in agreement.");
  }

  @Test
  void articleHeaderIsKeptWhilePageChromeIsDropped() {
    String html =
        """
        <html><body>
        <header><h1>Site name</h1></header>
        <nav>Home | World | Business</nav>
        <article>
          <header><h1>Ministers agree on water sharing</h1><p class="byline">By Staff Writer</p></header>
          <figure><img src="x.jpg"><figcaption>Ministers pose for a photo in Almaty, Kazakhstan. (Xinhua/Li Ming)</figcaption></figure>
          <p>ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.<br>They agreed to share data.</p>
          <div class="share-buttons"><a>Facebook</a><a>X</a></div>
          <p>Talks resume &mdash; officials said &mdash; next spring.</p>
          <div class="related-posts"><h3>Related</h3><ul><li>Dam project starts</li></ul></div>
        </article>
        <script>document.write('BEIJING, Oct. 1 (Xinhua) -- not text');</script>
        <footer>Contact us</footer>
        </body></html>
        """;
    List<Dispatch> items = splitter.splitHtml(html, null).dispatches();
    assertThat(items).hasSize(1);
    Dispatch d = items.get(0);
    assertThat(d.headline()).isEqualTo("Ministers agree on water sharing");
    assertThat(d.datelineText()).isEqualTo("ALMATY, Nov 3 (Xinhua) --");
    assertThat(TestDocs.bodyParagraphs(d))
        .containsExactly(
            "Water ministers met on Friday.",
            "They agreed to share data.",
            "Talks resume — officials said — next spring.");
  }

  @Test
  void htmlAndTextOfTheSameContentShareTheDocumentId() {
    String text = "Talks end\n\nALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.\n";
    String html =
        "<h2>Talks end</h2><p>ALMATY, Nov 3 (Xinhua) --\n  Water ministers met on Friday.</p>";
    assertThat(splitter.splitHtml(html, null).documentId())
        .isEqualTo(splitter.splitText(text, null).documentId());
  }

  @Test
  void characterReferenceToNulBecomesTheReplacementCharacterAsTheHtmlStandardSays() {
    SplitResult split =
        splitter.splitHtml(
            "<html><body><h1>Talks</h1><p>GENEVA, March 3 (Reuters) - Delegates met &#0; and"
                + " &#x0; on Monday.</p></body></html>",
            null);
    assertThat(split.dispatches()).hasSize(1);
    assertThat(split.dispatches().get(0).body())
        .doesNotContain("\u0000")
        .contains("met \uFFFD and \uFFFD on Monday");
  }
}
