package io.dispatchline.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.fetch.FetchException;
import io.dispatchline.ingest.fetch.HttpFetcher;
import io.dispatchline.ingest.fetch.PageFetcher;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.source.DocumentIngestion;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The feeds way in: registrations (API and feeds file), checked and written to the {@code feeds}
 * topic; polling starts once the feed topics are read, so the seen set is complete first.
 */
@ApplicationScoped
public class Feeds {

  private static final Logger LOG = Logger.getLogger(Feeds.class);

  private final FeedLog log;
  private final FeedRegistry registry;
  private final HttpFetcher fetcher;
  private final FeedScheduler scheduler;
  private final FeedOwnership ownership;
  private final ExecutorService workers;
  private final ScheduledExecutorService ticker;
  private final boolean enabled;
  private final Optional<Path> file;
  private final Duration defaultInterval;
  private final Duration minInterval;
  private final Duration tick;
  private final Clock clock = Clock.systemUTC();

  public Feeds(
      FeedLog log,
      FeedRegistry registry,
      SeenItems seen,
      HttpFetcher fetcher,
      PageFetcher pages,
      DocumentIngestion ingestion,
      DispatchPublisher publisher,
      FeedMetrics metrics,
      ObjectMapper json,
      @ConfigProperty(name = "dispatchline.feeds.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "dispatchline.feeds.file") Optional<Path> file,
      @ConfigProperty(name = "dispatchline.feeds.default-interval", defaultValue = "15m")
          Duration defaultInterval,
      @ConfigProperty(name = "dispatchline.feeds.min-interval", defaultValue = "1m")
          Duration minInterval,
      @ConfigProperty(name = "dispatchline.feeds.backoff-base", defaultValue = "30s")
          Duration backoffBase,
      @ConfigProperty(name = "dispatchline.feeds.backoff-max", defaultValue = "6h")
          Duration backoffMax,
      @ConfigProperty(name = "dispatchline.feeds.workers", defaultValue = "4") int workerCount,
      @ConfigProperty(name = "dispatchline.feeds.tick", defaultValue = "1s") Duration tick,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
      @ConfigProperty(name = "dispatchline.feeds.group", defaultValue = "dispatchline-feeds")
          String group,
      @ConfigProperty(name = "dispatchline.feeds.session-timeout", defaultValue = "15s")
          Duration sessionTimeout) {
    this.log = log;
    this.registry = registry;
    this.fetcher = fetcher;
    this.enabled = enabled;
    this.file = file;
    this.defaultInterval = defaultInterval;
    this.minInterval = minInterval;
    this.tick = tick;
    this.workers = Executors.newFixedThreadPool(Math.max(1, workerCount), threads("feed-poll"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(threads("feed-tick"));
    ItemTaker taker =
        new ItemTaker(ingestion, publisher, pages, seen, log.records(), metrics, clock);
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            new FeedParser(json),
            taker,
            seen,
            metrics,
            new PollDelay(backoffBase, backoffMax),
            clock,
            ThreadLocalRandom.current());
    this.ownership = new FeedOwnership(bootstrap, group, (int) sessionTimeout.toMillis(), log);
    this.scheduler = new FeedScheduler(registry, poller, workers, clock, ownership::owns);
    ownership.watch(scheduler);
  }

  void onStart(@Observes StartupEvent event) {
    if (!enabled) {
      LOG.info("Feeds are off (DISPATCHLINE_FEEDS_ENABLED=false)");
      return;
    }
    log.start();
    // Not on the start-up thread: the service serves while Kafka is slow to answer.
    ticker.execute(this::startPolling);
  }

  void onStop(@Observes ShutdownEvent event) {
    ownership.stop();
    ticker.shutdownNow();
    workers.shutdownNow();
  }

  private void startPolling() {
    try {
      while (!log.awaitCaughtUp(Duration.ofSeconds(10))) {
        LOG.info("Waiting for the feed topics to be read before polling");
      }
    } catch (InterruptedException e) {
      return;
    }
    file.ifPresent(this::registerFile);
    ownership.start();
    ticker.scheduleWithFixedDelay(
        scheduler::tick, 0, Math.max(10, tick.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void registerFile(Path path) {
    try {
      for (FeedsFile.Entry e : FeedsFile.read(path)) {
        try {
          FeedRegistration feed =
              validated(e.url().toString(), e.interval(), e.name(), e.fetchPages(), "file");
          if (!registry.get(feed.id()).map(f -> sameSettings(f, feed)).orElse(false)) {
            log.register(feed);
          }
        } catch (RuntimeException bad) {
          LOG.warnf("Feeds file %s: %s is not taken: %s", path, e.url(), bad.getMessage());
        }
      }
      LOG.infof("Feeds file %s read", path);
    } catch (Exception e) {
      LOG.errorf("Feeds file %s cannot be read: %s", path, e.getMessage());
    }
  }

  private static boolean sameSettings(FeedRegistration a, FeedRegistration b) {
    return a.url().equals(b.url())
        && a.interval().equals(b.interval())
        && a.fetchPages() == b.fetchPages()
        && java.util.Objects.equals(a.name(), b.name());
  }

  /**
   * Registers a feed (or replaces the settings of the same URL's registration).
   *
   * @throws BadDocumentException (400) for a bad URL or interval
   * @throws FetchException (REFUSED, 400) for a URL that may not be fetched
   */
  public FeedRegistration register(String url, String interval, String name, boolean fetchPages) {
    FeedRegistration feed = validated(url, interval, name, fetchPages, "api");
    awaitTopics();
    log.register(feed);
    return feed;
  }

  public boolean remove(String id) {
    if (registry.get(id).isEmpty()) {
      return false;
    }
    awaitTopics();
    log.remove(id);
    return true;
  }

  /**
   * Writes to the feed topics only once they exist with their settings (compacted, partitioned): a
   * write before that would have the broker create a plain topic.
   */
  private void awaitTopics() {
    try {
      if (enabled && log.awaitCaughtUp(Duration.ofSeconds(10))) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new BadDocumentException(
        503,
        "feeds-unavailable",
        "Feeds unavailable",
        enabled
            ? "The feed topics are not read yet (is Kafka up?); retry shortly"
            : "Feeds are off on this instance (DISPATCHLINE_FEEDS_ENABLED=false)");
  }

  private FeedRegistration validated(
      String url, String interval, String name, boolean fetchPages, String origin) {
    URI uri = parseUrl(url);
    try {
      fetcher.check(uri);
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.NETWORK) {
        throw bad("url", e.getMessage());
      }
      throw e;
    }
    Duration every = interval == null || interval.isBlank() ? defaultInterval : parse(interval);
    if (every.compareTo(minInterval) < 0) {
      throw bad(
          "interval", "must be at least " + minInterval + " (DISPATCHLINE_FEEDS_MIN_INTERVAL)");
    }
    String label = name == null || name.isBlank() ? null : name.strip();
    return new FeedRegistration(
        FeedRegistration.idOf(uri), uri, every, label, fetchPages, clock.instant(), origin);
  }

  private static URI parseUrl(String url) {
    if (url == null || url.isBlank()) {
      throw bad("url", "is required");
    }
    try {
      URI uri = new URI(url.strip()).normalize();
      if (!uri.isAbsolute()) {
        throw bad("url", "must be an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw bad("url", "is not a URL: " + e.getMessage());
    }
  }

  private static Duration parse(String interval) {
    try {
      return DurationConverter.parseDuration(interval.strip());
    } catch (IllegalArgumentException e) {
      throw bad("interval", "is not a duration (e.g. 15m, 1h, PT30M): " + interval);
    }
  }

  private static BadDocumentException bad(String field, String why) {
    return new BadDocumentException(
        400, "bad-feed", "Bad feed registration", "'" + field + "' " + why);
  }

  private static java.util.concurrent.ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
