package io.dispatchline.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt for page fetches, parsed by crawler-commons and kept per site for a while. A missing
 * robots.txt (4xx) allows everything; one that cannot be read (5xx, time-out) disallows for now, as
 * the robots exclusion standard (RFC 9309) says.
 */
public final class RobotsRules {

  static final String AGENT = "dispatchline";

  private final HttpFetcher fetcher;
  private final Duration ttl;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public RobotsRules(HttpFetcher fetcher, Duration ttl, Clock clock) {
    this.fetcher = fetcher;
    this.ttl = ttl;
    this.clock = clock;
  }

  public boolean allowed(URI page) {
    return rulesFor(page).isAllowed(page.toString());
  }

  private BaseRobotRules rulesFor(URI page) {
    String site = site(page);
    Instant now = clock.instant();
    Cached cached = cache.get(site);
    if (cached != null && cached.until.isAfter(now)) {
      return cached.rules;
    }
    BaseRobotRules rules = fetch(URI.create(site + "/robots.txt"));
    cache.put(site, new Cached(rules, now.plus(ttl)));
    return rules;
  }

  private BaseRobotRules fetch(URI robots) {
    try {
      FetchResponse r = fetcher.get(FetchRequest.of(robots, "text/plain"));
      return parser.parseContent(robots.toString(), r.body(), r.contentType(), List.of(AGENT));
    } catch (FetchException e) {
      return switch (e.kind()) {
        case HTTP_STATUS -> parser.failedFetch(e.status());
        case TOO_LARGE, REDIRECTS -> parser.failedFetch(404);
        default -> parser.failedFetch(503);
      };
    }
  }

  private static String site(URI page) {
    String scheme = page.getScheme().toLowerCase(Locale.ROOT);
    String host = page.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (page.getPort() < 0 ? "" : ":" + page.getPort());
  }

  private record Cached(BaseRobotRules rules, Instant until) {}
}
