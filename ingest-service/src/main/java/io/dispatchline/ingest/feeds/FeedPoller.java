package io.dispatchline.ingest.feeds;

import io.dispatchline.ingest.fetch.FetchException;
import io.dispatchline.ingest.fetch.FetchRequest;
import io.dispatchline.ingest.fetch.FetchResponse;
import io.dispatchline.ingest.fetch.HttpFetcher;
import io.dispatchline.ingest.publish.PublishFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * One poll of one feed: a conditional GET with the stored validators, the new items taken oldest
 * first, and the next state. The validators are kept only when every new item was taken, so an item
 * that failed for now is seen again on the next poll rather than hidden behind a 304.
 */
final class FeedPoller {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class);
  static final String ACCEPT =
      "application/feed+json, application/atom+xml, application/rss+xml, application/json;q=0.9,"
          + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final ItemTaker taker;
  private final SeenItems seen;
  private final FeedMetrics metrics;
  private final PollDelay delay;
  private final Clock clock;
  private final RandomGenerator random;

  FeedPoller(
      HttpFetcher fetcher,
      FeedParser parser,
      ItemTaker taker,
      SeenItems seen,
      FeedMetrics metrics,
      PollDelay delay,
      Clock clock,
      RandomGenerator random) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.taker = taker;
    this.seen = seen;
    this.metrics = metrics;
    this.delay = delay;
    this.clock = clock;
    this.random = random;
  }

  FeedState poll(FeedRegistration feed, FeedState state) {
    Instant start = clock.instant();
    metrics.polled(feed.id());
    try {
      FetchResponse r =
          fetcher.get(new FetchRequest(feed.url(), ACCEPT, state.etag(), state.lastModified()));
      if (r.notModified()) {
        metrics.notModified(feed.id());
        return succeeded(feed, state, start, 304, state.etag(), state.lastModified(), 0, null, r);
      }
      List<FeedItem> items = oldestFirst(parser.parse(r.body(), r.contentType()));
      StringBuilder errors = new StringBuilder();
      boolean complete = true;
      long published = 0;
      for (FeedItem item : items) {
        ItemTaker.Outcome outcome = taker.take(feed, item, errors);
        complete &= outcome != ItemTaker.Outcome.RETRY_LATER;
        published += outcome == ItemTaker.Outcome.PUBLISHED ? 1 : 0;
      }
      String error = errors.isEmpty() ? null : "Some items failed for now: " + errors;
      return complete
          ? succeeded(
              feed,
              state,
              start,
              r.status(),
              r.header("ETag").orElse(null),
              r.header("Last-Modified").orElse(null),
              published,
              null,
              r)
          : succeeded(feed, state, start, r.status(), null, null, published, error, r);
    } catch (FetchException e) {
      return failed(
          feed, state, start, e.status() == 0 ? null : e.status(), e.getMessage(), e.retryAfter());
    } catch (FeedParseException e) {
      return failed(feed, state, start, 200, e.getMessage(), Optional.empty());
    } catch (PublishFailedException e) {
      return failed(
          feed,
          state,
          start,
          null,
          "Kafka did not take the items: " + e.getMessage(),
          Optional.empty());
    } catch (RuntimeException e) {
      LOG.warnf(e, "Polling feed %s (%s) failed", feed.id(), feed.url());
      return failed(feed, state, start, null, e.toString(), Optional.empty());
    }
  }

  private FeedState succeeded(
      FeedRegistration feed,
      FeedState s,
      Instant at,
      int status,
      String etag,
      String lastModified,
      long published,
      String error,
      FetchResponse r) {
    Duration next = delay.afterSuccess(feed.interval(), r.maxAge());
    return new FeedState(
        at,
        status,
        etag,
        lastModified,
        seen.count(feed.id()),
        s.itemsPublished() + published,
        error,
        clock.instant().plus(next),
        0,
        null);
  }

  private FeedState failed(
      FeedRegistration feed,
      FeedState s,
      Instant at,
      Integer status,
      String error,
      Optional<Duration> retryAfter) {
    metrics.failed(feed.id());
    int failures = s.consecutiveFailures() + 1;
    Duration next = delay.afterFailure(failures, retryAfter, random);
    return new FeedState(
        at,
        status,
        s.etag(),
        s.lastModified(),
        seen.count(feed.id()),
        s.itemsPublished(),
        error,
        clock.instant().plus(next),
        failures,
        s.failingSince() == null ? at : s.failingSince());
  }

  /** Feeds list newest first; taking the oldest first keeps the topic in publication order. */
  static List<FeedItem> oldestFirst(List<FeedItem> items) {
    List<FeedItem> ordered = new ArrayList<>(items);
    Collections.reverse(ordered);
    if (ordered.stream().allMatch(i -> i.published() != null)) {
      ordered.sort(Comparator.comparing(FeedItem::published));
    }
    return ordered;
  }
}
