package io.dispatchline.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Dispatchline as containers on one network, the way deploy/compose.yaml runs it: Kafka and
 * PostgreSQL from their images, both services from images built by their Dockerfiles. A document
 * uploaded over HTTP comes out at query-service and on the {@code dispatches} topic.
 */
@ExtendWith(DockerRequirement.class)
class ContainerEndToEndIT {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String TOKEN = "container-test-" + UUID.randomUUID();
  static final String KAFKA_ON_NETWORK = "kafka:19092";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static Network network;
  static KafkaContainer kafka;
  static PostgreSQLContainer postgres;
  static GenericContainer<?> query;
  static GenericContainer<?> ingest;

  @BeforeAll
  static void startSystem() throws Exception {
    network = Network.newNetwork();
    kafka =
        new KafkaContainer(ContainerImages.kafka())
            .withNetwork(network)
            .withListener(KAFKA_ON_NETWORK)
            .withEnv("KAFKA_HEAP_OPTS", "-Xmx384m -Xms384m")
            // One partition: the transaction coordinator is ready soon after the broker.
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_NUM_PARTITIONS", "1")
            .withLogConsumer(new LogFile("kafka"));
    postgres =
        new PostgreSQLContainer(ContainerImages.postgres())
            .withNetwork(network)
            .withNetworkAliases("postgres")
            .withDatabaseName("dispatchline")
            .withUsername("dispatchline")
            .withPassword("container-test")
            .withLogConsumer(new LogFile("postgres"));
    query =
        service("query-service", 8081)
            .withEnv("KAFKA_BOOTSTRAP_SERVERS", KAFKA_ON_NETWORK)
            .withEnv("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/dispatchline")
            .withEnv("QUARKUS_DATASOURCE_USERNAME", "dispatchline")
            .withEnv("QUARKUS_DATASOURCE_PASSWORD", "container-test");
    ingest =
        service("ingest-service", 8080)
            .withEnv("KAFKA_BOOTSTRAP_SERVERS", KAFKA_ON_NETWORK)
            .withEnv("INGEST_TOKEN", TOKEN)
            // A loaded machine may take more than the default 15 s to start a transaction.
            .withEnv("DISPATCHLINE_KAFKA_MAX_BLOCK_MS", "60000")
            .withEnv("DISPATCHLINE_SEEDS_DIR", "/seeds")
            .withCopyFileToContainer(
                MountableFile.forHostPath(RepositoryRoot.path().resolve("seeds")), "/seeds");

    Startables.deepStart(kafka, postgres).join();
    // As deploy/compose.yaml's kafka-init does, with the image's own tool: 3 partitions.
    ExecResult topic =
        kafka.execInContainer(
            "/opt/kafka/bin/kafka-topics.sh",
            "--bootstrap-server",
            KAFKA_ON_NETWORK,
            "--create",
            "--topic",
            "dispatches",
            "--partitions",
            "3");
    assertThat(topic.getExitCode()).as(topic.getStderr()).isZero();
    Startables.deepStart(query, ingest).join();
  }

  @AfterAll
  static void stopSystem() {
    for (GenericContainer<?> c : new GenericContainer<?>[] {ingest, query, postgres, kafka}) {
      if (c != null) {
        c.stop();
      }
    }
    if (network != null) {
      network.close();
    }
    ServiceImage.remove("query-service", RUN);
    ServiceImage.remove("ingest-service", RUN);
  }

  @Test
  void uploadedDocumentIsServedByQueryServiceAndPublishedOnTheDispatchesTopic() throws Exception {
    HttpResponse<String> upload = upload(document(), TOKEN);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    JsonNode accepted = JSON.readTree(upload.body());
    String documentId = accepted.get("documentId").asText();
    List<String> ids = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    accepted.get("dispatches").forEach(d -> ids.add(d.get("id").asText()));
    accepted.get("dispatches").forEach(d -> headlines.add(d.get("headline").asText()));
    assertThat(ids).hasSize(accepted.get("count").asInt()).hasSize(2);
    assertThat(headlines)
        .containsExactly("Harbour talks resume " + RUN, "Port reopens after storm");

    JsonNode served =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> documentAtQueryService(documentId), d -> d != null);
    List<JsonNode> items = new ArrayList<>();
    served.get("items").forEach(items::add);
    assertThat(items).extracting(i -> i.get("id").asText()).containsExactlyElementsOf(ids);
    assertThat(items).extracting(i -> i.get("agency").asText()).containsExactly("Reuters", "AP");
    assertThat(items)
        .extracting(i -> i.get("located").asText())
        .containsExactly("GENEVA", "NAIROBI, Kenya");

    Map<String, ConsumerRecord<String, String>> records = readDispatches(ids);
    assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    for (ConsumerRecord<String, String> r : records.values()) {
      Map<String, String> headers = headers(r);
      assertThat(headers)
          .containsEntry("ce_specversion", "1.0")
          .containsEntry("ce_id", r.key())
          .containsEntry("ce_source", "/documents/" + documentId)
          .containsEntry("content-type", "application/json");
      assertThat(JSON.readTree(r.value()).get("documentId").asText()).isEqualTo(documentId);
    }
  }

  @Test
  void uploadWithoutTheConfiguredTokenIsRefused() throws Exception {
    HttpResponse<String> refused = upload(document(), "not-the-token");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("content-type")).hasValue("application/problem+json");
  }

  @Test
  void seedsGivenToTheIngestContainerAreQueryable() {
    List<JsonNode> seed =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(ContainerEndToEndIT::seedItems, found -> found.size() >= 9);

    assertThat(seed).hasSize(9);
    assertThat(seed).filteredOn(i -> "dispatch".equals(i.get("kind").asText())).hasSize(8);
  }

  @Test
  void servicesRunAsTheNonRootUserOfTheirImage() throws Exception {
    for (GenericContainer<?> service : List.of(query, ingest)) {
      ExecResult id = service.execInContainer("id", "-u");
      assertThat(id.getStdout().trim()).isEqualTo("185");
    }
  }

  /** A service container from its image, healthy by the image's own HEALTHCHECK. */
  private static GenericContainer<?> service(String module, int port) {
    return new GenericContainer<>(ServiceImage.of(module, RUN))
        .withNetwork(network)
        .withNetworkAliases(module)
        .withExposedPorts(port)
        .withEnv("JAVA_OPTS_APPEND", "-Xmx256m")
        .withLogConsumer(new LogFile(module))
        .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(3)));
  }

  private static String document() {
    return JSON.createObjectNode()
        .put(
            "text",
            "Harbour talks resume "
                + RUN
                + "\n\nGENEVA, March 3 (Reuters) - Delegates met again on Monday to discuss the"
                + " harbour agreement, officials said.\n\nThe talks are expected to last a week."
                + "\n\nPort reopens after storm\n\nNAIROBI, Kenya (AP) — The port reopened on"
                + " Tuesday after a storm closed it for two days.\n\nShipping lines said delays"
                + " would ease by Friday.")
        .put("publishedAt", "2025-03-04")
        .toString();
  }

  private static HttpResponse<String> upload(String json, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl(ingest, 8080) + "/documents"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The document as query-service serves it, or null while it is not stored yet. */
  private static JsonNode documentAtQueryService(String documentId) throws Exception {
    HttpResponse<String> response = get(baseUrl(query, 8081) + "/documents/" + documentId);
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
  }

  private static List<JsonNode> seedItems() throws Exception {
    JsonNode page = JSON.readTree(get(baseUrl(query, 8081) + "/dispatches?limit=100").body());
    List<JsonNode> seed = new ArrayList<>();
    page.get("items")
        .forEach(
            i -> {
              if (i.path("source").path("name").asText().contains("000_46777cb8c7ebe838")) {
                seed.add(i);
              }
            });
    return seed;
  }

  /** Reads the topic from the host, as any subscriber would, until every id has been seen. */
  private static Map<String, ConsumerRecord<String, String>> readDispatches(List<String> ids) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "container-test-" + RUN);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, ConsumerRecord<String, String>> byKey = new LinkedHashMap<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("dispatches"));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                  if (ids.contains(r.key())) {
                    byKey.put(r.key(), r);
                  }
                }
                return byKey.size() == ids.size();
              });
    }
    return byKey;
  }

  private static Map<String, String> headers(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static String baseUrl(GenericContainer<?> service, int port) {
    return "http://" + service.getHost() + ":" + service.getMappedPort(port);
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
