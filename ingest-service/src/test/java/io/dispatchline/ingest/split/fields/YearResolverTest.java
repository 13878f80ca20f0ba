package io.dispatchline.ingest.split.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.Splitter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a dateline's year comes from, in order of trust, and when it stays unknown. */
class YearResolverTest {
  private final Splitter splitter = new Splitter();

  private LocalDate dateOf(String text, LocalDate reference) {
    return splitter.splitText(text, reference).dispatches().get(0).date();
  }

  private static final String WEDNESDAY_OCT_25 =
      "Leaders meet\nBEIJING, Oct. 25 (Xinhua) -- The premier said here on Wednesday that talks went well.\n";

  @Test
  void fullDateOnALineOfItsOwnGivesTheYear() {
    String text = WEDNESDAY_OCT_25 + "Speech text\nBEIJING, October 24, 2021\nColleagues,\n";
    // The date line wins even over a weekday that fits another year.
    assertThat(dateOf(text, LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2021, 10, 25));
  }

  @Test
  void nearestYearAcrossNewYear() {
    String text =
        "Year-end review\nBEIJING, Dec. 31 (Xinhua) -- Officials reviewed the year.\n"
            + "(Xinhua) 08:10, January 2, 2024\n";
    assertThat(dateOf(text, null)).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void proseDateCountsOnlyWhenItIsTheSameDay() {
    String sameDay =
        "Treaty anniversary\nBEIJING, Oct. 25 (Xinhua) -- The talks on Oct. 25, 2019 were the"
            + " first of their kind, and more talks followed that year in several capitals.\n";
    assertThat(dateOf(sameDay, null)).isEqualTo(LocalDate.of(2019, 10, 25));
    String otherDay =
        "Treaty anniversary\nBEIJING, Oct. 25 (Xinhua) -- A treaty signed on July 1, 1997 was"
            + " marked by officials, who said more talks would follow in several capitals.\n";
    assertThat(dateOf(otherDay, null)).isNull();
  }

  @Test
  void weekdaySaidHereNarrowsTheReferenceWindowToOneYear() {
    // Oct. 25 fell on a Wednesday in 2023; the reference date alone would give 2024.
    assertThat(dateOf(WEDNESDAY_OCT_25, LocalDate.of(2025, 6, 1)))
        .isEqualTo(LocalDate.of(2023, 10, 25));
  }

  @Test
  void weekdaySaidHereSelectsAmongYearsTheDocumentNames() {
    String text =
        WEDNESDAY_OCT_25 + "The two sides first met in 2022 and again in 2023 and 2024.\n";
    assertThat(dateOf(text, null)).isEqualTo(LocalDate.of(2023, 10, 25));
  }

  @Test
  void referenceDateIsTheLastFallback() {
    String text = "Leaders meet\nBEIJING, Oct. 25 (Xinhua) -- The premier said talks went well.\n";
    assertThat(dateOf(text, LocalDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2024, 10, 25));
    assertThat(dateOf(text, LocalDate.of(2025, 10, 25))).isEqualTo(LocalDate.of(2025, 10, 25));
    assertThat(dateOf(text, LocalDate.of(2025, 10, 24))).isEqualTo(LocalDate.of(2024, 10, 25));
  }

  @Test
  void withoutAnyEvidenceTheDateStaysUnknown() {
    String text = "Leaders meet\nBEIJING, Oct. 25 (Xinhua) -- The premier said talks went well.\n";
    assertThat(dateOf(text, null)).isNull();
    assertThat(dateOf(WEDNESDAY_OCT_25, null)).isNull();
  }

  @Test
  void yearPrintedInTheDatelineIsUsedAsIs() {
    String text =
        "Leaders meet\nBEIJING, Oct. 25, 2022 (Xinhua) -- The premier said talks went well.\n";
    Dispatch d = splitter.splitText(text, LocalDate.of(2030, 1, 1)).dispatches().get(0);
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 10, 25));
    assertThat(d.dateText()).isEqualTo("Oct. 25, 2022");
  }

  @Test
  void impossibleDayIsNoDate() {
    String text = "Leaders meet\nBEIJING, Feb. 30 (Xinhua) -- The premier said talks went well.\n";
    assertThat(dateOf(text, LocalDate.of(2024, 6, 1))).isNull();
  }

  @Test
  void weekdayHintNeedsHere() {
    assertThat(YearResolver.weekdayHint("Li said here on Wednesday."))
        .isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(YearResolver.weekdayHint("Li said here Thursday.")).isEqualTo(DayOfWeek.THURSDAY);
    // "on Tuesday" in a later-dated dispatch is often the day before: not evidence.
    assertThat(YearResolver.weekdayHint("The bank said on Tuesday.")).isNull();
  }
}
