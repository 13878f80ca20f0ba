package io.dispatchline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as a user runs it: the local Kafka and PostgreSQL, both packaged services as
 * separate processes, the seed ingested at start-up and queried over HTTP.
 */
class SeedEndToEndIT {

  static final List<String> DISPATCH_HEADLINES =
      List.of(
          "Regional affairs should be decided without external interference: Chinese premier",
          "Full Text: Speech by Chinese Premier Li Qiang at SCO meeting",
          "China-Russia cooperation not targeted at any third party: premier",
          "China to work with Mongolia to safeguard sovereignty, independence — Chinese premier",
          "China to strengthen communication, coordination with Iran within multilateral"
              + " mechanisms — premier",
          "China ready to work with Tajikistan to implement China-proposed initiatives",
          "China to push for deeper synergy between BRI, Belarus’ development strategy — premier",
          "Chinese premier calls on China, Kyrgyzstan to focus on high-quality Belt and Road"
              + " cooperation");
  static final List<String> DISPATCH_DATES =
      List.of(
          "2023-10-26",
          "2023-10-27",
          "2023-10-25",
          "2023-10-26",
          "2023-10-26",
          "2023-10-26",
          "2023-10-27",
          "2023-10-25");

  static final String INGEST_TOKEN = "seed-end-to-end-token";

  static LocalStack stack;
  static ServiceProcess query;
  static ServiceProcess ingest;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startSystem() throws Exception {
    stack = LocalStack.startOrExternal();
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
    query = ServiceProcess.start("query-service", env);
    env.put("DISPATCHLINE_SEEDS_DIR", SystemPaths.root().resolve("seeds").toString());
    env.put("INGEST_TOKEN", INGEST_TOKEN);
    ingest = ServiceProcess.start("ingest-service", env);
  }

  @AfterAll
  static void stopSystem() throws Exception {
    if (ingest != null) {
      ingest.close();
    }
    if (query != null) {
      query.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void seedIsQueryableAsOneArticleAndEightXinhuaDispatches() throws Exception {
    List<JsonNode> items =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(SeedEndToEndIT::seedItems, found -> found.size() >= 9);

    assertThat(items).hasSize(9);
    JsonNode lead = items.get(0);
    assertThat(lead.get("kind").asText()).isEqualTo("article");
    assertThat(lead.get("headline").asText())
        .isEqualTo(
            "Li Qiang: SCO represents the shared aspiration of regional countries for friendship,"
                + " security and development");
    assertThat(lead.get("located").isNull()).isTrue();

    List<JsonNode> dispatches = items.subList(1, 9);
    assertThat(dispatches).extracting(d -> d.get("kind").asText()).containsOnly("dispatch");
    assertThat(dispatches)
        .extracting(d -> d.get("headline").asText())
        .containsExactlyElementsOf(DISPATCH_HEADLINES);
    assertThat(dispatches).extracting(d -> d.get("located").asText()).containsOnly("BISHKEK");
    assertThat(dispatches).extracting(d -> d.get("agency").asText()).containsOnly("Xinhua");
    assertThat(dispatches)
        .extracting(d -> d.get("date").asText())
        .containsExactlyElementsOf(DISPATCH_DATES);
    assertThat(dispatches)
        .extracting(d -> d.get("sequence").asInt())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    for (JsonNode d : items) {
      assertThat(d.get("body").asText()).doesNotContain("Leave a Reply", "(Xinhua) —");
    }

    String firstId = dispatches.get(0).get("id").asText();
    HttpResponse<String> one = get(query.baseUrl() + "/dispatches/" + firstId);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(one.body()).get("headline").asText())
        .isEqualTo(DISPATCH_HEADLINES.get(0));

    HttpResponse<String> missing = get(query.baseUrl() + "/dispatches/unknown");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("content-type")).hasValue("application/problem+json");
  }

  @Test
  void kafkaSubscriberSeesNineKeyedRecordsWithCloudEventHeaders() {
    Map<String, ConsumerRecord<String, String>> byKey = new LinkedHashMap<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("dispatches"));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> byKey.put(r.key(), r));
                return seedRecords(byKey).size() >= 9;
              });
    }
    List<ConsumerRecord<String, String>> seed = seedRecords(byKey);
    assertThat(seed).hasSize(9);
    for (ConsumerRecord<String, String> r : seed) {
      Map<String, String> headers = headers(r);
      assertThat(r.key()).matches("[0-9a-f]{32}");
      assertThat(headers).containsEntry("ce_specversion", "1.0").containsEntry("ce_id", r.key());
      assertThat(headers).containsKeys("ce_type", "ce_source", "ce_time");
    }
  }

  @Test
  void pagesInRussianAndSpanishAreFoundByTheirOwnLanguagesWordForms() throws Exception {
    upload(
        "ru-page.txt",
        "Кыргызстан и Китай обсудили развитие торговли\n\n"
            + "Бишкек, 24 октября /Синьхуа/ -- Представители правительств Кыргызстана и Китая в"
            + " четверг провели переговоры о расширении торгового сотрудничества между странами.\n\n"
            + "Стороны договорились продолжить обсуждение в следующем месяце.\n");
    upload(
        "es-page.txt",
        "China y Kirguistán debaten cooperación comercial\n\n"
            + "PEKÍN, 26 oct (Xinhua) -- Representantes de los gobiernos de China y Kirguistán"
            + " debatieron hoy jueves sobre la ampliación de la cooperación comercial entre los dos"
            + " países.\n\nLas dos partes acordaron continuar las conversaciones el próximo mes.\n");
    upload(
        "zh-page.txt",
        "中吉两国代表会谈讨论贸易合作\n\n"
            + "新华社北京10月26日电（记者 王明）中国和吉尔吉斯斯坦两国代表26日在北京举行会谈，"
            + "双方就扩大贸易合作和建设新公路等问题交换了意见。\n\n双方同意下个月继续举行磋商。\n");
    // "переговоры" and "cooperaciones" are other forms of the words the pages print
    JsonNode russian = firstHit("%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B");
    assertThat(russian.get("language").asText()).isEqualTo("ru");
    assertThat(russian.get("agency").asText()).isEqualTo("Xinhua");
    assertThat(russian.get("located").asText()).isEqualTo("Бишкек");
    assertThat(russian.get("date").asText()).endsWith("-10-24");
    JsonNode spanish = firstHit("cooperaciones");
    assertThat(spanish.get("language").asText()).isEqualTo("es");
    assertThat(spanish.get("located").asText()).isEqualTo("PEKÍN");
    assertThat(spanish.get("headline").asText())
        .isEqualTo("China y Kirguistán debaten cooperación comercial");
    // "会谈" (talks), a two-character word inside a run of Han characters
    JsonNode chinese = firstHit(URLEncoder.encode("会谈", StandardCharsets.UTF_8));
    assertThat(chinese.get("language").asText()).isEqualTo("zh");
    assertThat(chinese.get("located").asText()).isEqualTo("北京");
    assertThat(chinese.get("datelineText").asText()).isEqualTo("新华社北京10月26日电（记者 王明）");

    JsonNode onlyRussian =
        JSON.readTree(get(query.baseUrl() + "/dispatches?language=ru&kind=dispatch").body());
    assertThat(onlyRussian.get("items"))
        .extracting(d -> d.get("language").asText())
        .containsOnly("ru");
    assertThat(onlyRussian.get("items"))
        .extracting(d -> d.get("id").asText())
        .contains(russian.get("id").asText());
  }

  private static void upload(String name, String text) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/documents?source=" + name))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Authorization", "Bearer " + INGEST_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 202);
  }

  /** The first dispatch {@code GET /dispatches?q=…} answers, once there is one. */
  private static JsonNode firstHit(String encodedQuery) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              HttpResponse<String> page =
                  get(query.baseUrl() + "/dispatches?q=" + encodedQuery + "&kind=dispatch");
              JsonNode items = JSON.readTree(page.body()).get("items");
              return items == null || items.isEmpty() ? null : items.get(0);
            },
            hit -> hit != null);
  }

  /** The items of the seed document, in document order, read page by page. */
  private static List<JsonNode> seedItems() throws Exception {
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
        .filter(
            i -> "seeds/000_46777cb8c7ebe838.txt".equals(i.path("source").path("name").asText()))
        .toList();
  }

  private static List<ConsumerRecord<String, String>> seedRecords(
      Map<String, ConsumerRecord<String, String>> byKey) {
    return byKey.values().stream()
        .filter(r -> r.value() != null && r.value().contains("seeds/000_46777cb8c7ebe838.txt"))
        .toList();
  }

  private static Map<String, String> headers(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
