package io.dispatchline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PollDelayTest {

  private final PollDelay delay = new PollDelay(Duration.ofSeconds(30), Duration.ofHours(6));
  private final SplittableRandom random = new SplittableRandom(7);

  @Test
  void afterASuccessTheIntervalOrALongerMaxAge() {
    Duration interval = Duration.ofMinutes(15);
    assertThat(delay.afterSuccess(interval, Optional.empty())).isEqualTo(interval);
    assertThat(delay.afterSuccess(interval, Optional.of(Duration.ofMinutes(5))))
        .isEqualTo(interval);
    assertThat(delay.afterSuccess(interval, Optional.of(Duration.ofHours(1))))
        .isEqualTo(Duration.ofHours(1));
    assertThat(delay.afterSuccess(interval, Optional.of(Duration.ofDays(30))))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void failuresBackOffExponentiallyWithJitterUpToTheCeiling() {
    for (int failures = 1; failures <= 6; failures++) {
      Duration ceiling = Duration.ofSeconds(30L << (failures - 1));
      Duration d = delay.afterFailure(failures, Optional.empty(), random);
      assertThat(d).isBetween(ceiling.dividedBy(2), ceiling);
    }
    assertThat(delay.afterFailure(40, Optional.empty(), random))
        .isBetween(Duration.ofHours(3), Duration.ofHours(6));
  }

  @Test
  void jitterSpreadsFeedsThatFailedTogether() {
    long distinct =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> delay.afterFailure(3, Optional.empty(), random))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(10);
  }

  @Test
  void retryAfterIsNeverUndercut() {
    assertThat(delay.afterFailure(1, Optional.of(Duration.ofMinutes(10)), random))
        .isEqualTo(Duration.ofMinutes(10));
  }
}
