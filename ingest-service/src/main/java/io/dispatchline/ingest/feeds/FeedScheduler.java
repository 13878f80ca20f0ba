package io.dispatchline.ingest.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Hands each due feed to the worker pool, one poll per feed at a time. A tick only looks at the
 * registry's next-poll times, so a slow or failing feed holds one worker at most (its fetch is
 * bounded by the fetch timeout) and its backoff delays nobody else.
 */
final class FeedScheduler {

  private static final Logger LOG = Logger.getLogger(FeedScheduler.class);

  private final FeedRegistry registry;
  private final FeedPoller poller;
  private final ExecutorService workers;
  private final Clock clock;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  private final java.util.function.Predicate<String> owned;

  /**
   * @param owned whether this instance polls the feed (see {@link FeedOwnership})
   */
  FeedScheduler(
      FeedRegistry registry,
      FeedPoller poller,
      ExecutorService workers,
      Clock clock,
      java.util.function.Predicate<String> owned) {
    this.owned = owned;
    this.registry = registry;
    this.poller = poller;
    this.workers = workers;
    this.clock = clock;
  }

  /** Starts a poll of every feed that is due and not being polled. */
  void tick() {
    Instant now = clock.instant();
    for (FeedRegistration feed : registry.registrations()) {
      FeedState state = registry.state(feed.id()).orElse(null);
      if (state == null
          || state.nextPoll().isAfter(now)
          || !owned.test(feed.id())
          || !inFlight.add(feed.id())) {
        continue;
      }
      try {
        workers.execute(() -> pollOne(feed));
      } catch (RejectedExecutionException e) {
        inFlight.remove(feed.id()); // shutting down
      }
    }
  }

  /** Waits until no poll of the chosen feeds runs (a feed given up must be let go first). */
  boolean awaitNoPolls(java.util.function.Predicate<String> which, java.time.Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.stream().anyMatch(which)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void pollOne(FeedRegistration feed) {
    try {
      FeedState before = registry.state(feed.id()).orElse(null);
      if (before == null || !owned.test(feed.id())) {
        return; // removed meanwhile
      }
      FeedState after = poller.poll(registry.get(feed.id()).orElse(feed), before);
      registry.update(feed.id(), s -> after);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Poll of feed %s failed unexpectedly", feed.id());
    } finally {
      inFlight.remove(feed.id());
    }
  }
}
