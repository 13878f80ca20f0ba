package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of teasers (headline + short text, the text possibly a dateline paragraph) are items of
 * kind TEASER, one per teaser, never merged into one dispatch; "Related" lists are dropped.
 */
class TeaserTest {
  private final Splitter splitter = new Splitter();

  private List<Dispatch> split(String text) {
    return splitter.splitText(text, LocalDate.of(2024, 4, 10)).dispatches();
  }

  @Test
  void listOfHeadlinesWithShortTextsIsOneTeaserEach() {
    List<Dispatch> items =
        split(
            """
            Kazakh wheat exports rise in March
            Kazakhstan exported more wheat in March than in any month in the past three years.
            Tajik capital opens new airport terminal
            A new terminal opened at the airport in Dushanbe on Thursday.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.TEASER, Kind.TEASER);
    Dispatch first = items.get(0);
    assertThat(first.sequence()).isZero();
    assertThat(first.headline()).isEqualTo("Kazakh wheat exports rise in March");
    assertThat(first.body())
        .isEqualTo(
            "Kazakhstan exported more wheat in March than in any month in the past three years.");
    assertThat(first.located()).isNull();
    assertThat(first.agency()).isNull();
    assertThat(first.datelineText()).isNull();
    assertThat(first.dateText()).isNull();
    assertThat(first.date()).isNull();
    assertThat(first.wordCount()).isEqualTo(15);
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.mentions()).containsExactly(SeedSplitTest.place("Kazakhstan"));
    assertThat(first.id()).isEqualTo(DispatchId.of(Kind.TEASER, null, first.body()));
    assertThat(items.get(1).mentions())
        .containsExactly(SeedSplitTest.place("Tajikistan"), SeedSplitTest.place("Dushanbe"));
  }

  @Test
  void teaserWithADatelineKeepsItsDatelineFields() {
    List<Dispatch> items =
        split(
            """
            Ministers agree to share river flow data
            ALMATY, April 5 (Xinhua) -- Water ministers agreed on Friday to share river flow data.
            Read more
            Central bank holds key rate steady
            The central bank left its benchmark rate unchanged, citing slowing inflation.
            2 hours ago
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.TEASER, Kind.TEASER);
    Dispatch d = items.get(0);
    assertThat(d.located()).isEqualTo("ALMATY");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("ALMATY, April 5 (Xinhua) --");
    assertThat(d.dateText()).isEqualTo("April 5");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(d.body()).isEqualTo("Water ministers agreed on Friday to share river flow data.");
    assertThat(d.id()).isEqualTo(DispatchId.of(Kind.TEASER, d.datelineText(), d.body()));
    assertThat(items.get(1).body())
        .isEqualTo("The central bank left its benchmark rate unchanged, citing slowing inflation.");
  }

  @Test
  void teasersAreNeverMergedIntoTheDispatchAboveThem() {
    List<Dispatch> items = split(TestDocs.read("corpus/dispatch-then-teasers.txt"));
    assertThat(items)
        .extracting(Dispatch::kind)
        .containsExactly(Kind.DISPATCH, Kind.TEASER, Kind.TEASER, Kind.TEASER);
    assertThat(items.get(0).body()).doesNotContain("wheat", "airport", "mining code");
  }

  @Test
  void aSingleHeadlineWithShortTextIsNoList() {
    List<Dispatch> items =
        split(
            """
            Talks end
            ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.DISPATCH);
  }

  @Test
  void allCapsSubheadsOverSingleParagraphsStayInTheBody() {
    List<Dispatch> items =
        split(
            """
            Museum opens new wing
            ASTANA, April 5 (Xinhua) -- A museum opened a new wing on Friday, its director said.
            NEW GALLERIES
            Three galleries will show textiles and jewellery from the region.
            DIGITAL ARCHIVE
            The museum will also put its collection online over three years.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.DISPATCH);
    assertThat(TestDocs.bodyParagraphs(items.get(0))).hasSize(5).contains("DIGITAL ARCHIVE");
  }

  @Test
  void relatedListsAreDroppedNotTeasers() {
    List<Dispatch> items = split(TestDocs.read("corpus/feature-article.txt"));
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.ARTICLE);
    assertThat(items.get(0).body()).doesNotContain("Postmen", "bakers", "village");
  }

  @Test
  void indexPageGivesOneTeaserPerCard() {
    List<Dispatch> items = split(TestDocs.read("corpus/index-page.txt"));
    assertThat(items).hasSize(4).extracting(Dispatch::kind).containsOnly(Kind.TEASER);
    assertThat(items)
        .extracting(Dispatch::body)
        .noneMatch(b -> b.contains("hours ago") || b.contains("Read more") || b.contains("\n"));
  }
}
