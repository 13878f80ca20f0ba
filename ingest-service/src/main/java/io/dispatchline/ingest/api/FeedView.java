package io.dispatchline.ingest.api;

import io.dispatchline.ingest.feeds.FeedRegistration;
import io.dispatchline.ingest.feeds.FeedState;
import java.time.Instant;

/** A feed as the API shows it: its registration and this instance's polling state. */
public record FeedView(
    String id,
    String url,
    String name,
    String interval,
    boolean fetchPages,
    Instant registeredAt,
    String origin,
    State state) {

  /** What the last polls found. */
  public record State(
      Instant lastPoll,
      Integer httpStatus,
      String etag,
      String lastModified,
      long itemsSeen,
      long itemsPublished,
      String lastError,
      Instant nextPoll,
      int consecutiveFailures,
      Instant failingSince) {}

  static FeedView of(FeedRegistration f, FeedState s, long seen) {
    State state =
        s == null
            ? null
            : new State(
                s.lastPoll(),
                s.httpStatus(),
                s.etag(),
                s.lastModified(),
                seen,
                s.itemsPublished(),
                s.lastError(),
                s.nextPoll().equals(Instant.EPOCH) ? null : s.nextPoll(),
                s.consecutiveFailures(),
                s.failingSince());
    return new FeedView(
        f.id(),
        f.url().toString(),
        f.name(),
        f.interval().toString(),
        f.fetchPages(),
        f.registeredAt(),
        f.origin(),
        state);
  }
}
