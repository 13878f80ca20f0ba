package io.dispatchline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * query-service as a process on the real Kafka and PostgreSQL, rebuilding its database from the
 * topic. (Outages and kills of the whole system are in {@code reliability.ReliabilitySuiteIT}.)
 */
class ReplayIT {

  static LocalStack stack;
  static Database db;
  static Producer producer;
  final String run = UUID.randomUUID().toString();
  ServiceProcess query;

  @BeforeAll
  static void startStack() {
    // Its own stack, not an external one: the test empties the database.
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
}
