package io.dispatchline.ingest.fetch;

import java.time.Duration;
import java.util.Optional;

/** A fetch that did not give a usable answer; {@link #kind()} says why. */
public class FetchException extends RuntimeException {

  /** Why a fetch failed. */
  public enum Kind {
    /** Not http(s), or an address that may not be fetched (loopback, private, …). */
    REFUSED,
    /** robots.txt disallows the page for our user agent. */
    ROBOTS,
    /** No complete answer in time. */
    TIMEOUT,
    /** The body is over the size limit. */
    TOO_LARGE,
    /** More redirects than allowed, or a redirect without a usable Location. */
    REDIRECTS,
    /** The server answered with an error status. */
    HTTP_STATUS,
    /** Connection refused or reset, DNS failure, … */
    NETWORK
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;

  public FetchException(Kind kind, String message) {
    this(kind, message, 0, null, null);
  }

  public FetchException(
      Kind kind, String message, int status, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
  public int status() {
    return status;
  }

  /** The server's Retry-After, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether trying again later may succeed: time-outs, network errors, 5xx, 408 and 429. A refused
   * address, robots.txt, a 404 or an oversized body will be the same next time.
   */
  public boolean transientFailure() {
    return switch (kind) {
      case TIMEOUT, NETWORK -> true;
      case HTTP_STATUS -> status >= 500 || status == 408 || status == 429;
      default -> false;
    };
  }
}
