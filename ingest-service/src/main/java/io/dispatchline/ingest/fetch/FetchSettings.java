package io.dispatchline.ingest.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * How outgoing fetches (feeds, pages, robots.txt) behave.
 *
 * @param allowPrivate fetch loopback, private, link-local and multicast addresses too (tests,
 *     private deployments); false refuses them
 * @param allowedHosts host names (as written in the URL) exempt from the address check, e.g. one
 *     internal feed server, without opening every private address
 * @param connectTimeout to open a connection
 * @param timeout for a whole response, headers and body, per hop
 * @param maxRedirects redirects followed before giving up
 * @param maxBytes largest body, compressed and after decompression
 * @param userAgent sent with every request
 * @param perHostConcurrency requests to one host at once
 * @param perHostDelay least time between the starts of two requests to one host
 * @param robotsTtl how long a host's robots.txt is kept
 */
public record FetchSettings(
    boolean allowPrivate,
    Set<String> allowedHosts,
    Duration connectTimeout,
    Duration timeout,
    int maxRedirects,
    long maxBytes,
    String userAgent,
    int perHostConcurrency,
    Duration perHostDelay,
    Duration robotsTtl) {

  public static final String DEFAULT_USER_AGENT =
      "Dispatchline/0.1 (feed and page fetcher; +https://dispatchline.io/fetcher)";

  public FetchSettings {
    allowedHosts = Set.copyOf(allowedHosts);
  }

  /** The defaults of application.properties, for tests of one class. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        false,
        Set.of(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        5,
        5L * 1024 * 1024,
        DEFAULT_USER_AGENT,
        2,
        Duration.ofMillis(500),
        Duration.ofHours(1));
  }

  public FetchSettings withAllowPrivate(boolean allow) {
    return new FetchSettings(
        allow,
        allowedHosts,
        connectTimeout,
        timeout,
        maxRedirects,
        maxBytes,
        userAgent,
        perHostConcurrency,
        perHostDelay,
        robotsTtl);
  }

  public FetchSettings withAllowedHosts(Set<String> hosts) {
    return new FetchSettings(
        allowPrivate,
        hosts,
        connectTimeout,
        timeout,
        maxRedirects,
        maxBytes,
        userAgent,
        perHostConcurrency,
        perHostDelay,
        robotsTtl);
  }

  public FetchSettings withTimeout(Duration t) {
    return new FetchSettings(
        allowPrivate,
        allowedHosts,
        connectTimeout,
        t,
        maxRedirects,
        maxBytes,
        userAgent,
        perHostConcurrency,
        perHostDelay,
        robotsTtl);
  }

  public FetchSettings withMaxBytes(long max) {
    return new FetchSettings(
        allowPrivate,
        allowedHosts,
        connectTimeout,
        timeout,
        maxRedirects,
        max,
        userAgent,
        perHostConcurrency,
        perHostDelay,
        robotsTtl);
  }

  public FetchSettings withPerHost(int concurrency, Duration delay) {
    return new FetchSettings(
        allowPrivate,
        allowedHosts,
        connectTimeout,
        timeout,
        maxRedirects,
        maxBytes,
        userAgent,
        concurrency,
        delay,
        robotsTtl);
  }
}
