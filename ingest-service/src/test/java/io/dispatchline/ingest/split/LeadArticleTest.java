package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text before the first item is an article only when it is one: prose under its title. */
class LeadArticleTest {
  private final Splitter splitter = new Splitter();

  private List<Dispatch> split(String text) {
    return splitter.splitText(text, null).dispatches();
  }

  @Test
  void menusAndSiteNameAboveTheTitleAreNoPartOfTheArticle() {
    List<Dispatch> items =
        split(
            """
            Daily Ledger
            Home
            World
            Business
            Notes from the harvest
            By Jo Roe
            The harvest came in early this year.
            Farmers said the dry autumn helped.
            """);
    assertThat(items).hasSize(1);
    Dispatch a = items.get(0);
    assertThat(a.kind()).isEqualTo(Kind.ARTICLE);
    assertThat(a.headline()).isEqualTo("Notes from the harvest");
    assertThat(a.body())
        .isEqualTo("The harvest came in early this year.\n\nFarmers said the dry autumn helped.");
    assertThat(a.located()).isNull();
    assertThat(a.datelineText()).isNull();
    assertThat(a.date()).isNull();
    assertThat(a.wordCount()).isEqualTo(13);
  }

  @Test
  void chromeAndTitlesWithoutProseAreNoArticle() {
    assertThat(
            split(
                """
                Home
                World
                Business
                Top stories
                Subscribe to our newsletter
                © 2024 Daily Ledger
                """))
        .isEmpty();
  }

  @Test
  void articleBeforeTheFirstDispatch() {
    List<Dispatch> items =
        split(
            """
            Water talks in Almaty
            Ministers from five countries met for two days of talks on sharing river water.
            Ministers agree on water data
            ALMATY, Nov 3 (Xinhua) -- Water ministers agreed on Friday to share data.
            They will meet again in spring.
            """);
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.ARTICLE, Kind.DISPATCH);
    assertThat(items.get(0).headline()).isEqualTo("Water talks in Almaty");
    assertThat(items.get(0).body())
        .isEqualTo(
            "Ministers from five countries met for two days of talks on sharing river water.");
    assertThat(items.get(1).headline()).isEqualTo("Ministers agree on water data");
  }
}
