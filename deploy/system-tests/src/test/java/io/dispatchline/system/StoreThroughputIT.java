package io.dispatchline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * How fast query-service stores dispatches from Kafka, next to the same rows loaded straight into
 * the same schema with plain JDBC batches, in the same run on the same database. Prints both and
 * writes them to {@code target/benchmarks/store-throughput.txt}.
 *
 * <p>Rerun alone: {@code ./mvnw -pl deploy/system-tests -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StoreThroughputIT
 * -Dstore.benchmark.events=50000} (default 20000 events).
 */
class StoreThroughputIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void storesEveryDispatchAndReportsTheRateNextToPlainJdbc() throws Exception {
    int events = Integer.getInteger("store.benchmark.events", 20_000);
    String run = "bench-" + System.nanoTime();
    String document = DispatchEvents.id(run);
    Random random = new Random(7);
    List<String> values = new ArrayList<>(events);
    for (int i = 0; i < events; i++) {
      values.add(DispatchEvents.event(DispatchEvents.id(run + "/" + i), document, i, random));
    }

    try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests())) {
      Database db = new Database(stack);
      double serviceRate;
      String batches;
      try (ServiceProcess query = ServiceProcess.start("query-service", env(stack))) {
        Instant start = Instant.now();
        produce(stack.kafkaBootstrapServers(), values);
        Awaitility.await()
            .atMost(Duration.ofMinutes(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> db.rowsOf(document) >= events);
        serviceRate = events / seconds(start);
        batches = batchFigures(query);
      }
      assertThat(db.sequencesOf(document)).hasSize(events);

      double jdbcRate = plainJdbcLoad(db, values);
      String report =
          String.format(
              "store-throughput events=%d query-service=%.0f dispatches/s plain-jdbc-batches=%.0f"
                  + " rows/s ratio=%.2f %s (machine: %d cores)",
              events,
              serviceRate,
              jdbcRate,
              serviceRate / jdbcRate,
              batches,
              Runtime.getRuntime().availableProcessors());
      System.out.println(report);
      Path out = SystemPaths.root().resolve("deploy/system-tests/target/benchmarks");
      Files.createDirectories(out);
      Files.writeString(out.resolve("store-throughput.txt"), report + "\n");
      assertThat(jdbcRate).isPositive();
    }
  }

  /** Batches the service stored and their mean size and duration, from its own metrics. */
  private static String batchFigures(ServiceProcess query) throws Exception {
    String metrics =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(query.baseUrl() + "/q/metrics"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    double count = metric(metrics, "dispatchline_batch_size_count");
    double records = metric(metrics, "dispatchline_batch_size_sum");
    double seconds = metric(metrics, "dispatchline_batch_duration_seconds_sum");
    return String.format(
        "batches=%.0f mean-batch=%.0f records mean-batch-time=%.0f ms",
        count, records / count, 1000 * seconds / count);
  }

  private static double metric(String metrics, String name) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static Map<String, String> env(LocalStack stack) {
    return Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers(),
        "QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(),
        "QUARKUS_DATASOURCE_USERNAME", stack.username(),
        "QUARKUS_DATASOURCE_PASSWORD", stack.password());
  }

  private static void produce(String bootstrap, List<String> values) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (String value : values) {
        String id = JSON.readTree(value).get("id").asText();
        producer.send(new ProducerRecord<>("dispatches", id, value));
      }
      producer.flush();
    }
  }

  /**
   * The baseline: the same rows into a copy of the schema, 500-row JDBC batches, one connection.
   */
  private static double plainJdbcLoad(Database db, List<String> values) throws Exception {
    try (Connection c = db.connect()) {
      try (Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS baseline CASCADE");
        st.execute("CREATE SCHEMA baseline");
        st.execute("SET search_path TO baseline");
        for (Path migration : migrations()) {
          st.execute(Files.readString(migration));
        }
      }
      c.setAutoCommit(false);
      String insert =
          "INSERT INTO dispatches (id, document_id, sequence, kind, headline, located, agency,"
              + " dateline_text, date_text, dispatch_date, body, word_count, language, source_type,"
              + " source_name, ingested_at, content_hash) VALUES"
              + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
      String mention =
          "INSERT INTO dispatch_mentions (dispatch_id, position, name, type) VALUES (?,?,?,?)";
      Instant start = Instant.now();
      try (PreparedStatement rows = c.prepareStatement(insert);
          PreparedStatement mentions = c.prepareStatement(mention)) {
        int inBatch = 0;
        for (String value : values) {
          JsonNode e = JSON.readTree(value);
          rows.setString(1, e.get("id").asText());
          rows.setString(2, e.get("documentId").asText());
          rows.setInt(3, e.get("sequence").asInt());
          rows.setString(4, e.get("kind").asText());
          rows.setString(5, e.get("headline").asText());
          rows.setString(6, e.get("located").asText());
          rows.setString(7, e.get("agency").asText());
          rows.setString(8, e.get("datelineText").asText());
          rows.setString(9, e.get("dateText").asText());
          rows.setDate(10, Date.valueOf(LocalDate.parse(e.get("date").asText())));
          rows.setString(11, e.get("body").asText());
          rows.setInt(12, e.get("wordCount").asInt());
          rows.setString(13, e.get("language").asText());
          rows.setString(14, e.get("source").get("type").asText());
          rows.setString(15, e.get("source").get("name").asText());
          rows.setTimestamp(
              16, Timestamp.from(Instant.parse(e.get("source").get("ingestedAt").asText())));
          rows.setString(17, Integer.toHexString(value.hashCode()));
          rows.addBatch();
          int position = 0;
          for (JsonNode m : e.get("mentions")) {
            mentions.setString(1, e.get("id").asText());
            mentions.setInt(2, position++);
            mentions.setString(3, m.get("name").asText());
            mentions.setString(4, m.get("type").asText());
            mentions.addBatch();
          }
          if (++inBatch == 500) {
            rows.executeBatch();
            mentions.executeBatch();
            c.commit();
            inBatch = 0;
          }
        }
        rows.executeBatch();
        mentions.executeBatch();
        c.commit();
      }
      return values.size() / seconds(start);
    }
  }

  private static List<Path> migrations() throws Exception {
    Path dir = SystemPaths.root().resolve("query-service/src/main/resources/db/migration");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted((a, b) -> version(a) - version(b))
          .toList();
    }
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static double seconds(Instant start) {
    return Duration.between(start, Instant.now()).toMillis() / 1000.0;
  }
}
