package io.dispatchline.ingest.feeds;

import java.time.Instant;

/**
 * What polling a feed has found so far (this instance's view; not persisted: after a restart the
 * first poll is unconditional and the seen set keeps items from coming twice).
 *
 * @param failingSince when the current run of failures began, or null
 */
public record FeedState(
    Instant lastPoll,
    Integer httpStatus,
    String etag,
    String lastModified,
    long itemsSeen,
    long itemsPublished,
    String lastError,
    Instant nextPoll,
    int consecutiveFailures,
    Instant failingSince) {

  public static FeedState initial(Instant firstPoll) {
    return new FeedState(null, null, null, null, 0, 0, null, firstPoll, 0, null);
  }
}
