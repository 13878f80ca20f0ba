package io.dispatchline.ingest.fetch;

import java.net.URI;

/** Fetches one page to split: robots.txt first, then the page, decoded to text. */
public final class PageFetcher {

  static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";

  private final HttpFetcher fetcher;
  private final RobotsRules robots;

  public PageFetcher(HttpFetcher fetcher, RobotsRules robots) {
    this.fetcher = fetcher;
    this.robots = robots;
  }

  /**
   * @throws FetchException when refused (address, robots.txt), failed, or not text
   */
  public FetchedPage fetch(URI url) {
    fetcher.check(url);
    if (!robots.allowed(url)) {
      throw new FetchException(
          FetchException.Kind.ROBOTS,
          "robots.txt of " + url.getHost() + " disallows " + url.getPath() + " for our crawler");
    }
    FetchResponse response = fetcher.get(FetchRequest.of(url, ACCEPT));
    String type = response.contentType();
    boolean html = type.isEmpty() || type.contains("html") || type.contains("xml");
    if (!html && !type.startsWith("text/")) {
      throw new FetchException(
          FetchException.Kind.HTTP_STATUS, url + " is not a page but " + type, 415, null, null);
    }
    return new FetchedPage(response.url(), PageText.decode(response, html), html);
  }
}
