package io.dispatchline.ingest.split.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that only say when, told from sentences that mention a time. */
class TimeLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "(Xinhua) 09:54, October 28, 2023",
        "Updated: 2023-10-28 09:54 GMT",
        "Published 10:42 AM ET, Tue November 14, 2023",
        "Thu 29 Nov 2023 14.05 GMT",
        "November 29, 2023",
        "Wednesday 29 November 2023",
        "2023-11-29",
        "29th November 2023",
        "Last updated on November 29, 2023 10:42 am IST",
        "By Jane Doe | 10:42, 29 Nov 2023"
      })
  void publishTimeLines(String line) {
    assertThat(TimeLines.classify(line)).as(line).isEqualTo(Chrome.Role.PUBLISH_TIME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10:45 p.m.", "9:30 a.m.", "14:05", "14:05 GMT", "14.05 BST", "22:10:05"})
  void liveFileTimeStamps(String line) {
    assertThat(TimeLines.classify(line)).as(line).isEqualTo(Chrome.Role.TIMESTAMP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hours ago", "5 min read", "3h ago", "10 minutes ago", "1 day ago"})
  void relativeTimesAreChrome(String line) {
    assertThat(TimeLines.classify(line)).as(line).isEqualTo(Chrome.Role.SHARE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The meeting starts at 10:00 and lasts two hours, officials said.",
        "BISHKEK, October 26, 2023",
        "Prices rose 3.5% in October.",
        "About 30,000 fans are expected.",
        "Gold rose 2.75 dollars.",
        "It was 2023."
      })
  void otherLinesAreNoTimeLines(String line) {
    assertThat(TimeLines.classify(line)).as(line).isNull();
  }
}
