package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Things on real pages that look like boundaries or story text and are not. */
class NotABoundaryTest {
  private final Splitter splitter = new Splitter();

  private List<Dispatch> split(String text) {
    return splitter.splitText(text, null).dispatches();
  }

  private List<Dispatch> traps() {
    return split(TestDocs.read("traps.txt"));
  }

  @Test
  void trapsPageSplitsIntoExactlyItsTwoDispatches() {
    List<Dispatch> items = traps();
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.DISPATCH, Kind.DISPATCH);
    assertThat(items)
        .extracting(Dispatch::headline)
        .containsExactly(
            "New museum opens to visitors", "Museum to put collection online — director");
    assertThat(items)
        .extracting(Dispatch::datelineText)
        .containsExactly("ASTANA, Oct. 27 (Xinhua) --", "ASTANA, Oct. 27 (Xinhua) --");
    assertThat(items).extracting(Dispatch::located).containsOnly("ASTANA");
    assertThat(items).extracting(Dispatch::agency).containsOnly("Xinhua");
    assertThat(items).extracting(Dispatch::dateText).containsOnly("Oct. 27");
    assertThat(items).extracting(Dispatch::date).containsOnly(LocalDate.of(2023, 10, 27));
    assertThat(items).extracting(Dispatch::wordCount).containsExactly(67, 17);
    assertThat(items).extracting(Dispatch::mentions).containsOnly(List.of());
  }

  @Test
  void allCapsSubheadsAndDashesStayInsideTheBody() {
    assertThat(TestDocs.bodyParagraphs(traps().get(0)))
        .containsExactly(
            "A new national history museum opened to the public here on Friday, the museum said.",
            "The museum holds more than 5,000 items, according to its director.",
            "NEW GALLERIES",
            "Three new galleries will open next year — one of them devoted to textiles — the"
                + " director said.",
            // A run-in subhead after a sentence: "NEXT STEPS -" is no dateline without a headline.
            "NEXT STEPS - The museum plans a digital archive, the director said.",
            "\"We hope to welcome visitors from all over the region,\" she said.");
  }

  @Test
  void publishTimeLinesAndCaptionsAreSkippedForTheHeadlineAndDropped() {
    List<Dispatch> items = traps();
    assertThat(items)
        .allSatisfy(
            d ->
                assertThat(d.body())
                    .doesNotContain("09:54", "(Xinhua/Li Ming)", "Visitors look at exhibits"));
  }

  @Test
  void captionThatStartsWithADatelineIsNotADispatch() {
    Dispatch second = traps().get(1);
    assertThat(second.body())
        .isEqualTo(
            "The museum will put its collection online over the next three years, its director said"
                + " here Friday.");
  }

  @Test
  void shareButtonsAndCommentFormAreDropped() {
    Dispatch last = traps().get(1);
    assertThat(last.body())
        .doesNotContain(
            "Share this",
            "Facebook",
            "Leave a Reply",
            "Your email address",
            "Name *",
            "Post Comment");
  }

  @Test
  void dashInsideHeadlineIsNotABoundary() {
    List<Dispatch> items =
        split(
            """
            China to work with Mongolia to safeguard sovereignty, independence — Chinese premier

            BISHKEK, Oct. 26 (Xinhua) — China stands ready to work with Mongolia, Li said here Thursday.

            He called on both sides to deepen cooperation.
            """);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).headline())
        .isEqualTo(
            "China to work with Mongolia to safeguard sovereignty, independence — Chinese premier");
  }

  @Test
  void speechDateLineIsNotADateline() {
    List<Dispatch> items =
        split(
            """
            Full text of the minister's remarks
            MINSK, Oct. 27 (Xinhua) -- The following is the full text of the remarks.
            MINSK, October 26, 2023
            Colleagues,
            Thank you for coming.
            """);
    assertThat(items).hasSize(1);
    assertThat(TestDocs.bodyParagraphs(items.get(0)))
        .containsExactly(
            "The following is the full text of the remarks.",
            "MINSK, October 26, 2023",
            "Colleagues,",
            "Thank you for coming.");
    assertThat(items.get(0).date()).isEqualTo(LocalDate.of(2023, 10, 27));
  }

  @Test
  void signOffsAndRelatedListsAreDropped() {
    List<Dispatch> items = split(TestDocs.read("reuters.txt"));
    assertThat(items).hasSize(2);
    assertThat(items)
        .allSatisfy(
            d ->
                assertThat(d.body())
                    .doesNotContain(
                        "Reporting by",
                        "Editing by",
                        "Share this",
                        "Related articles",
                        "Bond yields"));
    assertThat(items).extracting(Dispatch::headline).doesNotContain("Share this:", "By Anna Rossi");
  }

  @Test
  void copyrightLineIsDropped() {
    assertThat(split(TestDocs.read("ap.txt")).get(1).body())
        .doesNotContain("Copyright", "rights reserved");
  }

  @Test
  void separatorLinesAreDropped() {
    List<Dispatch> items =
        split(
            """
            Ministers meet on water sharing
            ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.
            ___
            * * *
            They agreed to meet again.
            """);
    assertThat(TestDocs.bodyParagraphs(items.get(0)))
        .containsExactly("Water ministers met on Friday.", "They agreed to meet again.");
  }

  @Test
  void datelineWithoutHeadlineHasNullHeadline() {
    List<Dispatch> items =
        split(
            """
            The talks ended late on Friday.
            ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.ARTICLE, Kind.DISPATCH);
    assertThat(items.get(0).headline()).isNull();
    assertThat(items.get(0).body()).isEqualTo("The talks ended late on Friday.");
    assertThat(items.get(1).headline()).isNull();
  }

  @Test
  void sentenceAboveADatelineIsNotItsHeadline() {
    List<Dispatch> items =
        split(
            """
            Talks end
            ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.
            They agreed to meet again next spring in the capital, officials said.
            ALMATY, Nov 4 (Xinhua) -- A second round was announced.
            """);
    assertThat(items).extracting(Dispatch::headline).containsExactly("Talks end", null);
    assertThat(items.get(0).body())
        .isEqualTo(
            "Water ministers met on Friday.\n\n"
                + "They agreed to meet again next spring in the capital, officials said.");
  }

  @Test
  void pageTitleWithoutTextIsNoArticle() {
    List<Dispatch> items =
        split(
            """
            World News

            Talks end
            ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.DISPATCH);
    assertThat(items.get(0).headline()).isEqualTo("Talks end");
  }

  @Test
  void documentWithoutDatelineIsOneArticle() {
    List<Dispatch> items =
        split(
            """
            Notes from the harvest

            The harvest came in early this year.

            Farmers said the dry autumn helped.
            """);
    assertThat(items).hasSize(1);
    Dispatch article = items.get(0);
    assertThat(article.kind()).isEqualTo(Kind.ARTICLE);
    assertThat(article.headline()).isEqualTo("Notes from the harvest");
    assertThat(article.body())
        .isEqualTo("The harvest came in early this year.\n\nFarmers said the dry autumn helped.");
    assertThat(article.wordCount()).isEqualTo(13);
    assertThat(article.id()).isEqualTo(DispatchId.of(Kind.ARTICLE, null, article.body()));
  }

  @Test
  void emptyOrBlankDocumentHasNoItems() {
    assertThat(split("")).isEmpty();
    assertThat(split(" \n\n \t\n")).isEmpty();
    assertThat(splitter.splitHtml("<html><body><nav>Home</nav></body></html>", null).dispatches())
        .isEmpty();
  }
}
