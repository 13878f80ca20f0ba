package io.dispatchline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * query-service as a process on the real Kafka and PostgreSQL, under the faults that lose or
 * duplicate data in consumers like it: a database outage, a SIGKILL mid-stream, a replay.
 */
class StorageReliabilityIT {

  static LocalStack stack;
  static Database db;
  static Producer producer;
  final String run = UUID.randomUUID().toString();
  ServiceProcess query;

  @BeforeAll
  static void startStack() {
    // Its own stack, not an external one: the test stops and starts PostgreSQL.
    stack = LocalStack.start(LocalStackConfig.forTests());
    db = new Database(stack);
    producer = new Producer(stack.kafkaBootstrapServers());
  }

  @AfterAll
  static void stopStack() {
    if (producer != null) {
      producer.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @BeforeEach
  void startQueryService() throws Exception {
    query = startQuery(Map.of());
  }

  @AfterEach
  void stopQueryService() throws Exception {
    if (query != null) {
      query.close();
    }
  }

  @Test
  void postgresStoppedAndRestartedMidStreamLosesNothing() throws Exception {
    String document = DispatchEvents.id(run + "/pg-outage");
    producer.send(run, document, 0, 1000);
    awaitRows(document, 1000);

    stack.stopPostgres();
    producer.send(run, document, 1000, 2000);
    // While the database is gone the consumer waits, and says so.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> query.status("/q/health/ready") == 503);
    assertThat(query.isAlive()).isTrue();

    stack.startPostgres();
    producer.send(run, document, 2000, 3000);
    awaitRows(document, 3000);
    assertThat(db.sequencesOf(document)).containsExactlyElementsOf(range(3000));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> query.status("/q/health/ready") == 200);
  }

  @Test
  void queryServiceKilledMidStreamAndRestartedLosesAndDuplicatesNothing() throws Exception {
    String document = DispatchEvents.id(run + "/kill");
    producer.send(run, document, 0, 6000);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> db.rowsOf(document) >= 500);

    query.kill();
    long storedAtKill = db.rowsOf(document);
    query = startQuery(Map.of());

    awaitRows(document, 6000);
    assertThat(storedAtKill).isLessThan(6000);
    assertThat(db.sequencesOf(document)).containsExactlyElementsOf(range(6000));
  }

  @Test
  void replayRebuildsTheSameRowsFromTheTopic() throws Exception {
    String document = DispatchEvents.id(run + "/replay");
    producer.send(run, document, 0, 1500);
    awaitRows(document, 1500);
    List<String> before = db.snapshot();

    query.close();
    db.truncate();
    assertThat(db.snapshot()).isEmpty();
    query = startQuery(Map.of("DISPATCHLINE_REPLAY", "true"));

    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> db.snapshot().size() >= before.size());
    assertThat(db.snapshot()).containsExactlyElementsOf(before);
  }

  private ServiceProcess startQuery(Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
    env.put("DISPATCHLINE_STORE_RETRY_MAX", "1s");
    env.putAll(extra);
    return ServiceProcess.start("query-service", env);
  }

  private static void awaitRows(String document, long expected) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> db.rowsOf(document) >= expected);
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }
}
