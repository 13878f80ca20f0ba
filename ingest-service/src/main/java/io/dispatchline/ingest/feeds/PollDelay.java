package io.dispatchline.ingest.feeds;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next. After a success: its interval, or longer if the server's {@code
 * Cache-Control: max-age} says so. After failures: exponential backoff from {@code base}, doubled
 * per consecutive failure up to {@code max}, with jitter (a random point in the upper half) so
 * failing feeds do not come back in step; never sooner than the server's {@code Retry-After}.
 */
public record PollDelay(Duration base, Duration max) {

  public Duration afterSuccess(Duration interval, Optional<Duration> maxAge) {
    Duration d = maxAge.filter(a -> a.compareTo(interval) > 0).orElse(interval);
    // A server's max-age may stretch the interval, up to the backoff ceiling, never shorten it.
    Duration cap = max.compareTo(interval) > 0 ? max : interval;
    return d.compareTo(cap) > 0 ? cap : d;
  }

  public Duration afterFailure(
      int consecutiveFailures, Optional<Duration> retryAfter, RandomGenerator random) {
    int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 30);
    long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(doublings, 20));
    long jittered = ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2 + 1));
    Duration d = Duration.ofMillis(Math.max(1, jittered));
    Optional<Duration> server = retryAfter.map(r -> r.compareTo(max) > 0 ? max : r);
    return server.filter(r -> r.compareTo(d) > 0).orElse(d);
  }
}
