package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus in {@code src/test/resources/split/corpus/}: pages written for these tests in the
 * style of real pages (see the README there). Every field of every item is compared with the
 * document's {@code .expected} file, and where an HTML rendering of the page exists, it must give
 * exactly the same items as the text.
 */
class CorpusTest {
  private final Splitter splitter = new Splitter();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reuters-variants",
        "ap-live-file",
        "index-page",
        "feature-article",
        "standfirst",
        "south-asia-wires",
        "more-agencies",
        "chrome-and-traps",
        "mentions",
        "plain-datelines",
        "transcript",
        "xinhua-index",
        "dispatch-then-teasers",
        "guardian-style",
        "xinhua-page",
        "ap-page"
      })
  void everyFieldOfEveryItemIsAsExpected(String name) {
    ExpectedItems expected = ExpectedItems.parse(TestDocs.read("corpus/" + name + ".expected"));
    List<Dispatch> items =
        splitter
            .splitText(TestDocs.read("corpus/" + name + ".txt"), expected.reference())
            .dispatches();
    assertItems(name, items, expected.items());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"reuters-variants", "ap-live-file", "index-page", "feature-article", "standfirst"})
  void htmlOfThePageGivesTheSameItemsAsItsText(String name) {
    LocalDate reference =
        ExpectedItems.parse(TestDocs.read("corpus/" + name + ".expected")).reference();
    List<Dispatch> fromText =
        splitter.splitText(TestDocs.read("corpus/" + name + ".txt"), reference).dispatches();
    List<Dispatch> fromHtml =
        splitter.splitHtml(TestDocs.read("corpus/" + name + ".html"), reference).dispatches();
    assertThat(fromHtml).isNotEmpty();
    // Records compare every field: ids, headlines, datelines, dates, bodies, counts, mentions.
    assertThat(fromHtml).containsExactlyElementsOf(fromText);
  }

  static void assertItems(String name, List<Dispatch> items, List<ExpectedItems.Item> expected) {
    assertThat(items).as(name + ": number of items").hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Dispatch d = items.get(i);
      ExpectedItems.Item e = expected.get(i);
      String at = name + " item " + i + " ";
      soft.assertThat(d.sequence()).as(at + "sequence").isEqualTo(i);
      soft.assertThat(d.kind().name()).as(at + "kind").isEqualTo(e.get("kind"));
      soft.assertThat(d.headline()).as(at + "headline").isEqualTo(e.get("headline"));
      soft.assertThat(d.located()).as(at + "located").isEqualTo(e.get("located"));
      soft.assertThat(d.agency()).as(at + "agency").isEqualTo(e.get("agency"));
      soft.assertThat(d.datelineText()).as(at + "dateline").isEqualTo(e.get("dateline"));
      soft.assertThat(d.dateText()).as(at + "dateText").isEqualTo(e.get("dateText"));
      soft.assertThat(d.date())
          .as(at + "date")
          .isEqualTo(e.get("date") == null ? null : LocalDate.parse(e.get("date")));
      soft.assertThat(d.wordCount()).as(at + "words").isEqualTo(Integer.parseInt(e.get("words")));
      soft.assertThat(d.language()).as(at + "language").isEqualTo(e.get("language"));
      soft.assertThat(mentions(d)).as(at + "mentions").isEqualTo(e.get("mentions"));
      soft.assertThat(d.body()).as(at + "body").isEqualTo(String.join("\n\n", e.body()));
      soft.assertThat(d.id())
          .as(at + "id")
          .isEqualTo(DispatchId.of(d.kind(), d.datelineText(), d.body()))
          .matches("[0-9a-f]{32}");
      soft.assertThat(ids.add(d.id())).as(at + "id is unique").isTrue();
    }
    soft.assertAll();
  }

  /** "place Kenya | person Jo Roe", as the expected files write mentions. */
  static String mentions(Dispatch d) {
    List<String> out = new ArrayList<>();
    for (Mention m : d.mentions()) {
      out.add(m.type().wireName() + " " + m.name());
    }
    return String.join(" | ", out);
  }
}
