package io.dispatchline.ingest.feeds;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Per feed (tag {@code feed} = its id), at {@code /q/metrics}: polls, 304 answers, items published,
 * pages fetched, failed polls, and items skipped for good (no dispatch, page refused).
 */
@ApplicationScoped
public class FeedMetrics {

  private final MeterRegistry registry;

  public FeedMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void polled(String feed) {
    count("dispatchline.feeds.polls", feed);
  }

  void notModified(String feed) {
    count("dispatchline.feeds.not-modified", feed);
  }

  void itemPublished(String feed) {
    count("dispatchline.feeds.items", feed);
  }

  void itemSkipped(String feed, String reason) {
    registry
        .counter("dispatchline.feeds.items.skipped", "feed", feed, "reason", reason)
        .increment();
  }

  void pageFetched(String feed) {
    count("dispatchline.feeds.pages", feed);
  }

  void failed(String feed) {
    count("dispatchline.feeds.failures", feed);
  }

  private void count(String name, String feed) {
    registry.counter(name, "feed", feed).increment();
  }
}
