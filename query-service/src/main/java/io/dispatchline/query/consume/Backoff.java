package io.dispatchline.query.consume;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter, capped: 200 ms, 400 ms, … up to the maximum. */
record Backoff(Duration initial, Duration max) {

  Duration delay(int attempt) {
    long base = initial.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(base, max.toMillis());
    // Jitter keeps several instances from hammering a recovering database in step.
    long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
    return Duration.ofMillis(capped - jitter);
  }
}
