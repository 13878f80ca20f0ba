package io.dispatchline.ingest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one split is scored against its label: found, right, extra, teasers. */
class PageScorerTest {
  private static Dispatch item(Kind kind, String headline, String place, String body) {
    return new Dispatch(
        "id",
        0,
        kind,
        headline,
        place,
        "Reuters",
        place + " (Reuters) -",
        "Mar 4",
        LocalDate.of(2024, 3, 4),
        body,
        10,
        "en",
        List.of());
  }

  private static PageLabel.Item want(String headline, String place, String first, String last) {
    return new PageLabel.Item(
        headline,
        place,
        "03-04",
        "Reuters",
        place + " (Reuters) -",
        first,
        last,
        null,
        false,
        null);
  }

  @Test
  void aDispatchIsFoundByItsFirstWordsAndRightOnlyWithEveryField() {
    PageLabel label =
        new PageLabel(
            "compilation",
            null,
            List.of(
                want("Shares rise", "LONDON", "Shares rose on Monday,", "a trader said."),
                want("Oil falls", "OSLO", "Oil fell on Monday", "the week.")));
    List<Dispatch> split =
        List.of(
            item(Kind.DISPATCH, "Shares rise", "LONDON", "Shares rose on Monday, a trader said."),
            // found, but its body runs on into the page and its headline is a byline
            item(
                Kind.DISPATCH,
                "Reuters Staff",
                "OSLO",
                "Oil fell on Monday for the week. World News"),
            item(Kind.DISPATCH, "Extra", "ROME", "Something else entirely."));
    PageScore s = PageScorer.score("p", "txt", label, split);
    assertThat(s.labelled()).isEqualTo(2);
    assertThat(s.produced()).isEqualTo(3);
    assertThat(s.found()).isEqualTo(2);
    assertThat(s.extra()).isEqualTo(1);
    assertThat(s.headline()).isEqualTo(1);
    assertThat(s.bodyEnd()).isEqualTo(1);
    assertThat(s.right()).isEqualTo(1);
    assertThat(s.problems()).hasSize(3);
  }

  @Test
  void typographicQuotesAndDashesInALabelMatchThePage() {
    PageLabel label =
        new PageLabel(
            null, null, List.of(want("It's over", "LONDON", "\"We won\" -- he said", "ok.")));
    List<Dispatch> split =
        List.of(
            item(
                Kind.DISPATCH,
                "It\u2019s over",
                "LONDON",
                "\u201cWe won\u201d \u2014 he said ok."));
    PageScore s = PageScorer.score("p", "txt", label, split);
    assertThat(s.kind()).isEqualTo("single");
    assertThat(s.right()).isEqualTo(1);
  }

  @Test
  void aTeaserCountsAgainstTheSplitOnlyWhenItComesOutAsADispatch() {
    PageLabel.Item teaser =
        new PageLabel.Item(
            null, "ROME", null, null, "ROME:", "A ferry line", "the city.", null, true, null);
    PageLabel label = new PageLabel("index", null, List.of(teaser));
    PageScore asTeaser =
        PageScorer.score(
            "p", "txt", label, List.of(item(Kind.TEASER, null, "ROME", "A ferry line x")));
    PageScore asDispatch =
        PageScorer.score(
            "p", "txt", label, List.of(item(Kind.DISPATCH, null, "ROME", "A ferry line x")));
    assertThat(asTeaser.teasersAsDispatches()).isZero();
    assertThat(asTeaser.extra()).isZero();
    assertThat(asDispatch.teasersAsDispatches()).isEqualTo(1);
    assertThat(asDispatch.extra()).isEqualTo(1);
  }

  @Test
  void aLabelledLanguageMustMatchForTheDispatchToBeRight() {
    PageLabel.Item russian =
        new PageLabel.Item(
            "Shares rise",
            "LONDON",
            "03-04",
            "Reuters",
            "LONDON (Reuters) -",
            "Shares rose on Monday,",
            "a trader said.",
            null,
            false,
            "ru");
    PageLabel label = new PageLabel("single", null, List.of(russian));
    PageScore s =
        PageScorer.score(
            "p",
            "txt",
            label,
            List.of(
                item(
                    Kind.DISPATCH,
                    "Shares rise",
                    "LONDON",
                    "Shares rose on Monday, a trader said.")));
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.languageLabelled()).isEqualTo(1);
    assertThat(s.language()).as("the split says en").isZero();
    assertThat(s.right()).isZero();
    assertThat(s.problems()).containsExactly("[Shares rose on Monday,] language: want ru, got en");
  }
}
