package io.dispatchline.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.TestWebServer;
import io.dispatchline.ingest.TestWebServer.Reply;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.ingest.fetch.HttpFetcher;
import io.dispatchline.ingest.fetch.PageFetcher;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.publish.Topics;
import io.dispatchline.ingest.source.DocumentIngestion;
import io.dispatchline.local.LocalStackTestResource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second instance next to the running service: its own registry, seen set, ownership (same
 * consumer group) and scheduler, the same broker. The feeds are shared out, each polled by one.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class TwoInstancesTest {

  @Inject HttpFetcher fetcher;
  @Inject PageFetcher pages;
  @Inject DocumentIngestion ingestion;
  @Inject DispatchPublisher publisher;
  @Inject ObjectMapper json;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private final TestWebServer web = TestWebServer.start();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private FeedLog log;
  private FeedOwnership ownership;

  @AfterEach
  void stop() {
    ticker.shutdownNow();
    workers.shutdownNow();
    if (ownership != null) {
      ownership.stop();
    }
    if (log != null) {
      log.onStop(null);
    }
    web.close();
  }

  @Test
  void twoInstancesShareTheFeedsAndPublishEachItemOnce() {
    FeedRegistry registry = new FeedRegistry();
    SeenItems seen = new SeenItems();
    log = new FeedLog(bootstrap, registry, seen, publisher, json, 6);
    log.start();
    await().atMost(Duration.ofSeconds(20)).until(log::caughtUp);
    ownership = new FeedOwnership(bootstrap, "dispatchline-feeds", 6000, log);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    FeedMetrics metrics = new FeedMetrics(meters);
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            new FeedParser(json),
            new ItemTaker(
                ingestion, publisher, pages, seen, log.records(), metrics, Clock.systemUTC()),
            seen,
            metrics,
            new PollDelay(Duration.ofMillis(300), Duration.ofSeconds(2)),
            Clock.systemUTC(),
            new SplittableRandom(3));
    FeedScheduler scheduler =
        new FeedScheduler(registry, poller, workers, Clock.systemUTC(), ownership::owns);
    ownership.watch(scheduler);
    ownership.start();
    ticker.scheduleWithFixedDelay(scheduler::tick, 0, 50, TimeUnit.MILLISECONDS);
    // The group now has two members: the service's and this one; each holds some partitions.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !ownership.owned().isEmpty() && ownership.owned().size() < 6);

    List<String> ids = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < 12; f++) {
      String tag = "two" + f;
      String path = "/two/" + f + ".xml";
      web.serve(path, Reply.ok("application/rss+xml", TestFeeds.rss(FeedsTest.items(tag, 1, 2))));
      urls.add(web.url(path).toString());
      ids.add(
          given()
              .header("Authorization", "Bearer test-token")
              .contentType("application/json")
              .body(Map.of("url", web.url(path).toString(), "interval", "300ms"))
              .post("/feeds")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(itemsOf(urls)).hasSize(24));
    // More polls by both instances (200s with nothing new): every feed asked twice more
    List<Integer> polledSoFar = new ArrayList<>();
    for (int f = 0; f < 12; f++) {
      polledSoFar.add(web.requests("/two/" + f + ".xml").size());
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              for (int f = 0; f < 12; f++) {
                if (web.requests("/two/" + f + ".xml").size() < polledSoFar.get(f) + 2) {
                  return false;
                }
              }
              return true;
            });
    List<Rec> all = recordsOf(urls);
    assertThat(all.stream().map(Rec::key).toList()).doesNotHaveDuplicates();
    assertThat(itemsOf(urls)).hasSize(24);

    // Each feed was polled by its owner only, and both instances polled some.
    Set<String> polledBySecond = ConcurrentHashMap.newKeySet();
    meters
        .find("dispatchline.feeds.polls")
        .counters()
        .forEach(c -> polledBySecond.add(c.getId().getTag("feed")));
    for (String id : ids) {
      assertThat(polledBySecond.contains(id)).as("feed " + id).isEqualTo(ownership.owns(id));
    }
    assertThat(polledBySecond).isNotEmpty();
    assertThat(ids).anySatisfy(id -> assertThat(ownership.owns(id)).isFalse());
    for (String id : ids) {
      given()
          .header("Authorization", "Bearer test-token")
          .delete("/feeds/" + id)
          .then()
          .statusCode(204);
    }
  }

  private List<Rec> recordsOf(List<String> feedUrls) {
    return TopicReader.readAll(bootstrap, Topics.DISPATCHES, TopicReader.READ_COMMITTED).stream()
        .filter(r -> feedUrls.stream().anyMatch(u -> name(r).endsWith("(feed " + u + ")")))
        .toList();
  }

  private Set<String> itemsOf(List<String> feedUrls) {
    Set<String> items = ConcurrentHashMap.newKeySet();
    recordsOf(feedUrls).forEach(r -> items.add(name(r)));
    return items;
  }

  private static String name(Rec r) {
    return r.json().path("source").path("name").asText();
  }
}
