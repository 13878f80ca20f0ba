package io.dispatchline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dispatchline.local.LocalStack;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's "Done when", end to end: both packaged services as processes on the local Kafka and
 * PostgreSQL, an RSS feed of three items served from loopback by this test with an ETag and a
 * Last-Modified. Registered with {@code POST /feeds}, its dispatches are queryable at query-service
 * within one interval; the second poll is conditional, answered 304, and publishes nothing new.
 * Without {@code DISPATCHLINE_FETCH_ALLOW_PRIVATE}, the same registration is refused with 400.
 */
class FeedEndToEndIT {

  static final String INGEST_TOKEN = "feed-end-to-end-token";
  static final Duration INTERVAL = Duration.ofSeconds(5);

  /** Split, Kafka, query-service and PostgreSQL on top of the poll: generous, not a sleep. */
  static final Duration MARGIN = Duration.ofSeconds(10);

  static final String ETAG = "\"wire-v1-" + UUID.randomUUID() + "\"";
  static final String LAST_MODIFIED = "Thu, 26 Oct 2023 10:00:00 GMT";

  /**
   * Place, headline, dispatch date and the dispatch's two paragraphs of each item, oldest first.
   */
  static final List<Item> ITEMS =
      List.of(
          new Item(
              "BISHKEK",
              "Kyrgyzstan, China agree to widen mountain road freight link",
              "2023-10-24",
              "BISHKEK, Oct. 24 (Xinhua) -- Kyrgyzstan and China agreed on Tuesday to widen the"
                  + " freight link over the Torugart pass, the transport ministry said.",
              "Work on the new lanes is expected to start next spring, a spokesperson added."),
          new Item(
              "ULAN BATOR",
              "Mongolia opens solar plant in southern Gobi province",
              "2023-10-25",
              "ULAN BATOR, Oct. 25 (Xinhua) -- Mongolia on Wednesday opened a solar power plant in"
                  + " the southern Gobi province, the energy ministry said.",
              "The plant is to supply about forty thousand households, officials said."),
          new Item(
              "TASHKENT",
              "Uzbekistan hosts regional conference on water sharing",
              "2023-10-26",
              "TASHKENT, Oct. 26 (Xinhua) -- Delegations from five Central Asian countries met in"
                  + " Tashkent on Thursday to discuss the sharing of river water, the foreign"
                  + " ministry said.",
              "The talks will continue in December, according to a joint statement."));

  record Item(String place, String headline, String date, String lead, String more) {}

  /** One request the feed server answered: its headers (lower-case names) and the status sent. */
  record Poll(Instant at, Map<String, String> headers, int status) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  static LocalStack stack;
  static HttpServer feedServer;
  static String feedUrl;
  static final List<Poll> POLLS = new CopyOnWriteArrayList<>();
  static final Map<String, String> ENV = new HashMap<>();
  static ServiceProcess query;
  static ServiceProcess ingest;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startSystem() throws Exception {
    feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String path = "/wire-" + UUID.randomUUID() + "/rss.xml";
    feedServer.createContext(path, FeedEndToEndIT::serveFeed);
    feedServer.start();
    feedUrl = "http://127.0.0.1:" + feedServer.getAddress().getPort() + path;

    stack = LocalStack.startOrExternal();
    ENV.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    ENV.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
    ENV.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
    ENV.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
    query = ServiceProcess.start("query-service", ENV);
    ENV.put("INGEST_TOKEN", INGEST_TOKEN);
    Map<String, String> polling = new HashMap<>(ENV);
    polling.put("DISPATCHLINE_FETCH_ALLOW_PRIVATE", "true");
    polling.put("DISPATCHLINE_FEEDS_MIN_INTERVAL", "1s");
    // A group of its own: this instance owns every feed partition, whoever else shares the stack.
    polling.put("DISPATCHLINE_FEEDS_GROUP", "system-test-feeds-" + UUID.randomUUID());
    ingest = ServiceProcess.start("ingest-service", polling);
  }

  @AfterAll
  static void stopSystem() throws Exception {
    if (ingest != null) {
      ingest.close();
    }
    if (query != null) {
      query.close();
    }
    if (feedServer != null) {
      feedServer.stop(0);
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void loopbackFeedIsQueryableWithinOneIntervalAndTheSecondPollIsA304() throws Exception {
    Instant registered = Instant.now();
    HttpResponse<String> created =
        postFeed(
            ingest,
            "{\"url\": \""
                + feedUrl
                + "\", \"interval\": \""
                + INTERVAL.toSeconds()
                + "s\", \"name\": \"Central Asia desk\", \"fetchPages\": false}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode feed = JSON.readTree(created.body());
    String id = feed.get("id").asText();
    assertThat(id).isNotBlank();
    assertThat(created.headers().firstValue("location")).hasValueSatisfying(l -> l.endsWith(id));
    assertThat(feed.get("url").asText()).isEqualTo(feedUrl);

    // 1. The first poll (at once) publishes the three items: queryable within one interval.
    List<JsonNode> dispatches =
        Awaitility.await()
            .atMost(INTERVAL.plus(MARGIN))
            .pollInterval(Duration.ofMillis(200))
            .until(FeedEndToEndIT::feedDispatches, found -> found.size() >= ITEMS.size());
    Duration took = Duration.between(registered, Instant.now());
    assertThat(dispatches).hasSize(3);
    assertThat(dispatches)
        .extracting(d -> d.get("headline").asText())
        .containsExactlyInAnyOrderElementsOf(ITEMS.stream().map(Item::headline).toList());
    for (Item item : ITEMS) {
      JsonNode d =
          dispatches.stream()
              .filter(x -> x.get("headline").asText().equals(item.headline()))
              .findFirst()
              .orElseThrow();
      assertThat(d.get("kind").asText()).isEqualTo("dispatch");
      assertThat(d.get("located").asText()).isEqualTo(item.place());
      assertThat(d.get("agency").asText()).isEqualTo("Xinhua");
      assertThat(d.get("source").get("type").asText()).isEqualTo("feed");
      // The item's pubDate (2023) gives the year of the dateline's "Oct. 2n".
      assertThat(d.get("date").asText()).isEqualTo(item.date());
      assertThat(d.get("body").asText()).contains(item.more());
    }
    assertThat(POLLS).isNotEmpty();
    Poll first = POLLS.get(0);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("If-None-Match")).isNull();
    assertThat(first.header("If-Modified-Since")).isNull();
    assertThat(first.header("User-Agent")).startsWith("Dispatchline/");

    // 2. The second poll, one interval later, is conditional and answered 304.
    Awaitility.await()
        .atMost(INTERVAL.plus(MARGIN))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> POLLS.size() >= 2);
    Poll second = POLLS.get(1);
    assertThat(second.header("If-None-Match")).isEqualTo(ETAG);
    assertThat(second.header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    assertThat(second.status()).isEqualTo(304);
    assertThat(Duration.between(first.at(), second.at()))
        .isGreaterThanOrEqualTo(INTERVAL.minusMillis(500));

    // 3. ingest-service shows the 304 and three items seen.
    JsonNode state =
        Awaitility.await()
            .atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> JSON.readTree(get(ingest.baseUrl() + "/feeds/" + id).body()).path("state"),
                s -> s.path("httpStatus").asInt() == 304);
    assertThat(state.get("itemsSeen").asLong()).isEqualTo(3);
    assertThat(state.get("etag").asText()).isEqualTo(ETAG);
    assertThat(state.get("lastModified").asText()).isEqualTo(LAST_MODIFIED);
    assertThat(state.get("consecutiveFailures").asInt()).isZero();
    assertThat(state.get("lastError").isNull()).isTrue();

    // 4. Nothing new at query-service: still exactly the three, for a while after the 304.
    Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .pollInterval(Duration.ofMillis(250))
        .until(FeedEndToEndIT::feedDispatches, found -> found.size() == 3);
    assertThat(feedDispatches())
        .extracting(d -> d.get("id").asText())
        .containsExactlyInAnyOrderElementsOf(
            dispatches.stream().map(d -> d.get("id").asText()).toList());

    System.out.printf(
        "FeedEndToEndIT: first poll %d ms after POST /feeds, queryable after %d ms; second poll"
            + " %d ms after the first; polls %s%n",
        Duration.between(registered, first.at()).toMillis(),
        took.toMillis(),
        Duration.between(first.at(), second.at()).toMillis(),
        POLLS.stream().map(Poll::status).toList());
  }

  @Test
  void withoutTheAllowSettingALoopbackFeedIsRefusedWith400ProblemJson() throws Exception {
    Map<String, String> strict = new HashMap<>(ENV);
    strict.put("DISPATCHLINE_FETCH_ALLOW_PRIVATE", "false");
    // Feeds off: this instance joins no feed group, so it cannot take the feed from the other.
    strict.put("DISPATCHLINE_FEEDS_ENABLED", "false");
    try (ServiceProcess refusing = ServiceProcess.start("ingest-service", strict)) {
      HttpResponse<String> answer = postFeed(refusing, "{\"url\": \"" + feedUrl + "\"}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(answer.headers().firstValue("content-type"))
          .hasValueSatisfying(t -> t.startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("type").asText()).contains("fetch-refused");
      assertThat(problem.get("detail").asText()).contains("DISPATCHLINE_FETCH_ALLOW_PRIVATE");
    }
  }

  /** 304 when either validator matches (as a cache would), else the feed with both validators. */
  private static void serveFeed(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    boolean fresh =
        ETAG.equals(headers.get("if-none-match"))
            || LAST_MODIFIED.equals(headers.get("if-modified-since"));
    Headers out = exchange.getResponseHeaders();
    out.set("ETag", ETAG);
    out.set("Last-Modified", LAST_MODIFIED);
    try (exchange) {
      if (fresh) {
        POLLS.add(new Poll(Instant.now(), headers, 304));
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = rss().getBytes(StandardCharsets.UTF_8);
      out.set("Content-Type", "application/rss+xml; charset=UTF-8");
      POLLS.add(new Poll(Instant.now(), headers, 200));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }

  private static String rss() {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Central Asia wire</title><link>https://wire.example/</link>"
                + "<description>synthetic dispatches for FeedEndToEndIT</description>\n");
    for (int i = ITEMS.size() - 1; i >= 0; i--) { // newest first, as feeds list them
      Item it = ITEMS.get(i);
      s.append("<item><title>")
          .append(it.headline())
          .append("</title><link>https://wire.example/asia/")
          .append(i + 1)
          .append(".html</link><guid isPermaLink=\"false\">central-asia-")
          .append(i + 1)
          .append("</guid><pubDate>")
          .append(
              String.format(
                  "%s, %d Oct 2023 09:54:00 GMT", List.of("Tue", "Wed", "Thu").get(i), 24 + i))
          .append("</pubDate><description>teaser</description><content:encoded><![CDATA[<p>")
          .append(it.lead())
          .append("</p><p>")
          .append(it.more())
          .append("</p>]]></content:encoded></item>\n");
    }
    return s.append("</channel></rss>\n").toString();
  }

  private static HttpResponse<String> postFeed(ServiceProcess service, String json)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(service.baseUrl() + "/feeds"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + INGEST_TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Every stored item whose source is an item of this test's feed, read page by page. */
  private static List<JsonNode> feedDispatches() throws Exception {
    List<JsonNode> items = new ArrayList<>();
    String next = null;
    do {
      String url =
          query.baseUrl()
              + "/dispatches?sort=document&limit=100"
              + (next == null ? "" : "&cursor=" + next);
      JsonNode page = JSON.readTree(get(url).body());
      page.get("items").forEach(items::add);
      next = page.get("next").isNull() ? null : page.get("next").asText();
    } while (next != null);
    return items.stream()
        .filter(i -> i.path("source").path("name").asText().endsWith("(feed " + feedUrl + ")"))
        .toList();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
