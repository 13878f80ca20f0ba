package io.dispatchline.ingest.feeds;

/** A body that is no RSS, Atom or JSON Feed we can read. */
public class FeedParseException extends RuntimeException {
  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
