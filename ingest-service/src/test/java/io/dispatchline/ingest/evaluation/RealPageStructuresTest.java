package io.dispatchline.ingest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic pages of {@code split/real-structures/} each reproduce a structure of real news
 * pages (chrome between headline and dateline, page lines after a story, cut stubs on an index
 * page, briefs without headlines, a page cut short, date stamps and dateline forms): every labelled
 * dispatch comes out with every field right, and nothing else comes out as a dispatch.
 */
class RealPageStructuresTest {
  private static Path folder() throws URISyntaxException {
    return Path.of(
        RealPageStructuresTest.class.getClassLoader().getResource("split/real-structures").toURI());
  }

  @Test
  void everyLabelledDispatchOfTheSyntheticRealPagesIsRight() throws URISyntaxException {
    Scoreboard board = new SplitEvaluator(LocalDate.of(2024, 3, 5)).evaluate(List.of(folder()));
    assertThat(board.pages()).hasSize(28);
    for (PageScore page : board.pages()) {
      assertThat(page.problems()).as(page.page()).isEmpty();
      assertThat(page.right()).as(page.page()).isEqualTo(page.labelled());
      assertThat(page.extra()).as(page.page()).isZero();
    }
    Scoreboard.Totals all = board.total();
    assertThat(all.labelled).isEqualTo(62);
    assertThat(all.teasers).isEqualTo(18);
    assertThat(all.teasersAsDispatches).isZero();
    assertThat(all.f1()).isEqualTo(1.0);
  }
}
