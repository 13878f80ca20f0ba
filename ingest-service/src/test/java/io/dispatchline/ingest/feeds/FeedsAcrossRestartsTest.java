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
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a restarted (or a second) instance knows comes from Kafka alone: a fresh registry and seen
 * set rebuilt from the compacted topics, then a poll by them, against the real broker.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class FeedsAcrossRestartsTest {

  @Inject HttpFetcher fetcher;
  @Inject PageFetcher pages;
  @Inject DocumentIngestion ingestion;
  @Inject DispatchPublisher publisher;
  @Inject FeedMetrics metrics;
  @Inject ObjectMapper json;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private final TestWebServer web = TestWebServer.start();
  private FeedLog fresh;

  @AfterEach
  void stop() {
    if (fresh != null) {
      fresh.onStop(null);
    }
    web.close();
  }

  @Test
  void aRestartedInstanceRebuildsFeedsAndSeenSetAndTakesOnlyWhatWasNotCommitted() {
    AtomicBoolean secondPageUp = new AtomicBoolean(false);
    web.serve("/restart/page-1.html", Reply.ok("text/html", TestFeeds.page("restart", 1)));
    web.route(
        "/restart/page-2.html",
        r ->
            secondPageUp.get()
                ? Reply.ok("text/html", TestFeeds.page("restart", 2))
                : Reply.status(503));
    List<TestFeeds.Item> items =
        List.of(
            new TestFeeds.Item("restart", 1, web.url("/restart/page-1.html").toString()),
            new TestFeeds.Item("restart", 2, web.url("/restart/page-2.html").toString()));
    web.serve("/restart/feed.xml", Reply.ok("application/rss+xml", TestFeeds.rss(items)));
    String feedUrl = web.url("/restart/feed.xml").toString();
    String id =
        given()
            .header("Authorization", "Bearer test-token")
            .contentType("application/json")
            .body(Map.of("url", feedUrl, "interval", "1h", "fetchPages", true))
            .post("/feeds")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // The running instance takes item 1; item 2's page fails for now and stays unseen.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        given()
                            .get("/feeds/" + id)
                            .then()
                            .extract()
                            .jsonPath()
                            .getString("state.lastError"))
                    .contains("HTTP 503"));
    List<Rec> before = ofFeed(feedUrl);
    assertThat(before).isNotEmpty().allSatisfy(r -> assertThat(name(r)).contains("page-1.html"));

    // "Restart": nothing in memory but what the topics hold.
    FeedRegistry registry = new FeedRegistry();
    SeenItems seen = new SeenItems();
    fresh = new FeedLog(bootstrap, registry, seen, publisher, json, 6);
    fresh.start();
    await().atMost(Duration.ofSeconds(20)).until(fresh::caughtUp);
    assertThat(registry.get(id))
        .hasValueSatisfying(
            f -> {
              assertThat(f.url().toString()).isEqualTo(feedUrl);
              assertThat(f.fetchPages()).isTrue();
              assertThat(f.interval()).isEqualTo(Duration.ofHours(1));
            });
    assertThat(seen.contains(id, "restart-1")).isTrue();
    assertThat(seen.contains(id, "restart-2")).isFalse();

    // Its first poll is unconditional (no ETag survives); it takes item 2 only.
    secondPageUp.set(true);
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            new FeedParser(json),
            new ItemTaker(
                ingestion, publisher, pages, seen, fresh.records(), metrics, Clock.systemUTC()),
            seen,
            metrics,
            new PollDelay(Duration.ofSeconds(1), Duration.ofSeconds(2)),
            Clock.systemUTC(),
            new SplittableRandom(1));
    FeedState after = poller.poll(registry.get(id).orElseThrow(), FeedState.initial(Instant.EPOCH));
    assertThat(after.lastError()).isNull();
    assertThat(after.itemsPublished()).isEqualTo(1);
    assertThat(after.itemsSeen()).isEqualTo(2);

    List<Rec> all = ofFeed(feedUrl);
    assertThat(all.stream().map(Rec::key).toList()).doesNotHaveDuplicates();
    assertThat(all.stream().filter(r -> name(r).contains("page-1.html"))).hasSameSizeAs(before);
    assertThat(all.stream().filter(r -> name(r).contains("page-2.html"))).isNotEmpty();
    assertThat(web.requests("/restart/page-1.html")).hasSize(1);

    // A second poll by either instance takes nothing.
    FeedState again = poller.poll(registry.get(id).orElseThrow(), after);
    assertThat(again.itemsPublished()).isEqualTo(1);
    assertThat(ofFeed(feedUrl)).hasSameSizeAs(all);
  }

  private List<Rec> ofFeed(String feedUrl) {
    return TopicReader.readAll(bootstrap, Topics.DISPATCHES, TopicReader.READ_COMMITTED).stream()
        .filter(r -> name(r).endsWith("(feed " + feedUrl + ")"))
        .toList();
  }

  private static String name(Rec r) {
    return r.json().path("source").path("name").asText();
  }
}
