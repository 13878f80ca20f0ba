package io.dispatchline.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.dispatchline.ingest.TestWebServer;
import io.dispatchline.ingest.TestWebServer.Reply;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.ingest.publish.ContractSchema;
import io.dispatchline.ingest.publish.Topics;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds served by a real HTTP server on loopback (allowed in the test profile), polled by the
 * service, their dispatches read back from the real broker with a read_committed consumer.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class FeedsTest {

  static final String TOKEN = "test-token";
  static TestWebServer web;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @BeforeAll
  static void serve() {
    web = TestWebServer.start();
    web.serve("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /pages/private/\n"));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void newItemsArePublishedOnceAndLaterPollsAreConditionalAndPublishNothingNew() throws Exception {
    String path = "/wire/rss.xml";
    AtomicReference<List<TestFeeds.Item>> items = new AtomicReference<>(items("wire", 1, 3));
    AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    web.route(path, conditional(items, etag));

    String id = register(path, "300ms", false);
    String feedUrl = web.url(path).toString();

    List<Rec> first = awaitItems(feedUrl, 3);
    awaitPollsAfter(path, 2);
    TestWebServer.Request later = last(path);
    assertThat(later.header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(later.header("If-Modified-Since")).isEqualTo("Thu, 26 Oct 2023 09:54:00 GMT");
    JsonPath state = feed(id);
    assertThat(state.getInt("state.httpStatus")).isEqualTo(304);
    assertThat(state.getString("state.etag")).isEqualTo("\"v1\"");
    assertThat(state.getInt("state.itemsSeen")).isEqualTo(3);
    assertThat(state.getInt("state.consecutiveFailures")).isZero();
    assertThat(ofFeed(feedUrl)).hasSameSizeAs(first);

    // The feed changes: one more item; only it is published.
    items.set(items("wire", 1, 4));
    etag.set("\"v2\"");
    List<Rec> after = awaitItems(feedUrl, 4);
    awaitPollsAfter(path, 2);
    List<Rec> all = ofFeed(feedUrl);
    assertThat(all.size()).isEqualTo(after.size());
    assertEachDispatchOnce(all);
    assertThat(byItem(all).keySet()).hasSize(4);
    byItem(first).forEach((item, recs) -> assertThat(byItem(all).get(item)).hasSameSizeAs(recs));

    ContractSchema schema = new ContractSchema();
    for (Rec r : all) {
      assertThat(schema.validate(r.json())).as("schema violations").isEmpty();
      assertThat(r.json().path("source").path("type").asText()).isEqualTo("feed");
      assertThat(r.json().path("source").path("name").asText())
          .contains("https://news.example/wire-")
          .contains("(feed " + feedUrl + ")");
    }
    // The item's publication date gives the year of a dateline without one.
    assertThat(all)
        .filteredOn(r -> r.json().path("kind").asText().equals("dispatch"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.json().path("date").asText()).startsWith("2023-10-2"));

    List<String> seenKeys =
        TopicReader.readAll(bootstrap, Topics.FEED_ITEMS_SEEN, TopicReader.READ_COMMITTED).stream()
            .map(Rec::key)
            .filter(k -> k.startsWith(id + " "))
            .toList();
    assertThat(seenKeys)
        .containsExactlyInAnyOrder(id + " wire-1", id + " wire-2", id + " wire-3", id + " wire-4");
  }

  @Test
  void withFetchPagesEachItemsPageIsFetchedAndRobotsTxtIsHonoured() {
    String path = "/pages/feed.xml";
    web.serve(
        "/pages/page-1.html", Reply.ok("text/html; charset=utf-8", TestFeeds.page("pages", 1)));
    web.serve("/pages/private/page-2.html", Reply.ok("text/html", TestFeeds.page("pages", 2)));
    List<TestFeeds.Item> list =
        List.of(
            new TestFeeds.Item("pages", 1, web.url("/pages/page-1.html").toString()),
            new TestFeeds.Item("pages", 2, web.url("/pages/private/page-2.html").toString()));
    web.serve(path, Reply.ok("application/rss+xml", TestFeeds.rss(list)));

    String id = register(path, "1h", true);
    List<Rec> published = awaitItems(web.url(path).toString(), 1);
    assertThat(published)
        .allSatisfy(
            r ->
                assertThat(r.json().path("source").path("name").asText())
                    .startsWith(web.url("/pages/page-1.html").toString()));
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(feed(id).getInt("state.itemsSeen")).isEqualTo(2));
    assertThat(web.requests("/pages/private/page-2.html")).isEmpty();
    assertThat(web.requests("/pages/page-1.html")).hasSize(1);
    assertThat(
            TopicReader.readAll(bootstrap, Topics.FEED_ITEMS_SEEN, TopicReader.READ_COMMITTED)
                .stream()
                .filter(r -> (id + " pages-2").equals(r.key())))
        .singleElement()
        .satisfies(r -> assertThat(r.json().path("outcome").asText()).isEqualTo("page-robots"));
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .containsPattern("dispatchline_feeds_pages_total\\{feed=\"" + id + "\"\\} 1\\.0")
        .containsPattern("dispatchline_feeds_items_total\\{feed=\"" + id + "\"\\} 1\\.0");
  }

  @Test
  void aRateLimitedFeedWaitsForItsRetryAfter() {
    String path = "/busy/rss.xml";
    web.serve(path, Reply.status(429).with("Retry-After", "2"));
    String id = register(path, "200ms", false);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(feed(id).getInt("state.consecutiveFailures")).isEqualTo(1));
    JsonPath state = feed(id);
    assertThat(state.getInt("state.httpStatus")).isEqualTo(429);
    Duration wait =
        Duration.between(
            Instant.parse(state.getString("state.lastPoll")),
            Instant.parse(state.getString("state.nextPoll")));
    assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    // The server's own clock: the next request comes no sooner than Retry-After says.
    await().atMost(Duration.ofSeconds(10)).until(() -> web.requests(path).size() >= 2);
    List<TestWebServer.Request> requests = web.requests(path);
    assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    delete(id);
  }

  @Test
  void brokenSlowOversizedAndFailingFeedsGetAClearErrorAndDoNotHoldUpOthers() {
    web.serve("/bad/broken.xml", Reply.ok("application/rss+xml", "<rss><channel><item>cut"));
    web.serve(
        "/bad/slow.xml",
        Reply.ok("application/rss+xml", TestFeeds.rss(items("slow", 1, 1)))
            .after(Duration.ofSeconds(4)));
    web.serve("/bad/huge.xml", Reply.ok("application/rss+xml", "<rss>" + "x".repeat(300_000)));
    web.serve("/bad/error.xml", Reply.status(500));
    web.serve("/bad/good.xml", Reply.ok("application/rss+xml", TestFeeds.rss(items("good", 1, 1))));
    String broken = register("/bad/broken.xml", "200ms", false);
    String slow = register("/bad/slow.xml", "200ms", false);
    String huge = register("/bad/huge.xml", "200ms", false);
    String error = register("/bad/error.xml", "200ms", false);
    String good = register("/bad/good.xml", "200ms", false);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(feed(broken).getString("state.lastError"))
                  .contains("Not a readable RSS or Atom feed");
              assertThat(feed(slow).getString("state.lastError")).contains("no complete answer");
              assertThat(feed(huge).getString("state.lastError")).contains("larger than the limit");
              assertThat(feed(error).getString("state.lastError")).contains("HTTP 500");
              assertThat(feed(error).getInt("state.consecutiveFailures")).isGreaterThanOrEqualTo(2);
            });
    // The good feed was polled again and again meanwhile, and published its item.
    assertThat(web.requests("/bad/good.xml").size()).isGreaterThanOrEqualTo(3);
    assertThat(feed(good).getInt("state.consecutiveFailures")).isZero();
    assertThat(feed(good).getInt("state.itemsSeen")).isEqualTo(1);

    // Failing for longer than the threshold (1 s in tests): the feeds group says so, readiness not.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/group/feeds")
                    .then()
                    .statusCode(503)
                    .body("checks[0].data.failingFeeds", containsString(error)));
    given().get("/q/health/ready").then().statusCode(200);
    for (String id : List.of(broken, slow, huge, error, good)) {
      delete(id);
    }
    given().get("/q/health/group/feeds").then().statusCode(200);
  }

  @Test
  void theFeedsApiNeedsTheTokenForChangesAndAnswersProblems() {
    given()
        .contentType("application/json")
        .body(Map.of("url", web.url("/api/rss.xml").toString()))
        .post("/feeds")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    for (Map<String, String> bad :
        List.of(
            Map.of("name", "no url"),
            Map.of("url", "not a url at all"),
            Map.of("url", "file:///etc/passwd"),
            Map.of("url", web.url("/api/rss.xml").toString(), "interval", "often"),
            Map.of("url", web.url("/api/rss.xml").toString(), "interval", "1ms"))) {
      authorized()
          .contentType("application/json")
          .body(bad)
          .post("/feeds")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
    web.serve("/api/rss.xml", Reply.ok("application/rss+xml", TestFeeds.rss(items("api", 1, 1))));
    String id = register("/api/rss.xml", "1h", false);
    given().get("/feeds").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
    given()
        .get("/feeds/" + id)
        .then()
        .statusCode(200)
        .body("url", equalTo(web.url("/api/rss.xml").toString()))
        .body("interval", equalTo("PT1H"));
    given().delete("/feeds/" + id).then().statusCode(401);
    authorized().delete("/feeds/" + id).then().statusCode(204);
    given().get("/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
    authorized().delete("/feeds/" + id).then().statusCode(404);
  }

  @Test
  void aPageIsIngestedByItsUrl() {
    web.serve("/url/page.html", Reply.ok("text/html", TestFeeds.page("url", 5)));
    web.serve("/url/slow.html", Reply.ok("text/html", "<p>late</p>").after(Duration.ofSeconds(4)));
    authorized()
        .queryParam("url", web.url("/url/page.html").toString())
        .post("/documents")
        .then()
        .statusCode(202)
        .body("documentId", matchesPattern("[0-9a-f]{32}"))
        .body("dispatches.headline", org.hamcrest.Matchers.hasItem(containsString("url round 5")));
    authorized()
        .queryParam("url", web.url("/url/missing.html").toString())
        .post("/documents")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", containsString("HTTP 404"));
    authorized()
        .queryParam("url", web.url("/url/slow.html").toString())
        .post("/documents")
        .then()
        .statusCode(504)
        .contentType("application/problem+json");
    authorized()
        .queryParam("url", "file:///etc/passwd")
        .post("/documents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", containsString("fetch-refused"));
    given()
        .queryParam("url", web.url("/url/page.html").toString())
        .post("/documents")
        .then()
        .statusCode(401);
  }

  // --- helpers

  static List<TestFeeds.Item> items(String tag, int from, int to) {
    List<TestFeeds.Item> list = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      list.add(new TestFeeds.Item(tag, n, "https://news.example/" + tag + "-" + n));
    }
    return list;
  }

  /** Serves the items with the ETag; answers 304 to a request that names it. */
  static Function<TestWebServer.Request, Reply> conditional(
      AtomicReference<List<TestFeeds.Item>> items, AtomicReference<String> etag) {
    return r ->
        etag.get().equals(r.header("If-None-Match"))
            ? Reply.status(304).with("ETag", etag.get())
            : Reply.ok("application/rss+xml", TestFeeds.rss(items.get()))
                .with("ETag", etag.get())
                .with("Last-Modified", "Thu, 26 Oct 2023 09:54:00 GMT");
  }

  RequestSpecification authorized() {
    return given().header("Authorization", "Bearer " + TOKEN);
  }

  String register(String path, String interval, boolean fetchPages) {
    return authorized()
        .contentType("application/json")
        .body(
            Map.of(
                "url",
                web.url(path).toString(),
                "interval",
                interval,
                "name",
                "test " + path,
                "fetchPages",
                fetchPages))
        .post("/feeds")
        .then()
        .statusCode(201)
        .header("Location", containsString("/feeds/"))
        .body("id", matchesPattern("[0-9a-f]{16}"))
        .extract()
        .path("id");
  }

  void delete(String id) {
    authorized().delete("/feeds/" + id).then().statusCode(204);
  }

  JsonPath feed(String id) {
    return given().get("/feeds/" + id).then().statusCode(200).extract().jsonPath();
  }

  List<Rec> ofFeed(String feedUrl) {
    return TopicReader.readAll(bootstrap, Topics.DISPATCHES, TopicReader.READ_COMMITTED).stream()
        .filter(
            r -> r.json().path("source").path("name").asText().endsWith("(feed " + feedUrl + ")"))
        .toList();
  }

  List<Rec> awaitItems(String feedUrl, int items) {
    AtomicReference<List<Rec>> found = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              found.set(ofFeed(feedUrl));
              assertThat(byItem(found.get()).keySet()).hasSize(items);
            });
    return found.get();
  }

  static void awaitPollsAfter(String path, int more) {
    int now = web.requests(path).size();
    await().atMost(Duration.ofSeconds(15)).until(() -> web.requests(path).size() >= now + more);
  }

  static TestWebServer.Request last(String path) {
    List<TestWebServer.Request> all = web.requests(path);
    return all.get(all.size() - 1);
  }

  static Map<String, List<Rec>> byItem(List<Rec> records) {
    return records.stream()
        .collect(Collectors.groupingBy(r -> r.json().path("source").path("name").asText()));
  }

  static void assertEachDispatchOnce(List<Rec> records) {
    assertThat(records.stream().map(Rec::key).toList()).doesNotHaveDuplicates();
  }
}
