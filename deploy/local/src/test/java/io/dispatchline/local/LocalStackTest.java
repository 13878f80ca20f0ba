package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One real stack for the class: Kafka with transactions and PostgreSQL with the app database. */
class LocalStackTest {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.start(LocalStackConfig.forTests());
  }

  @AfterAll
  static void closingStopsEverythingAndRemovesTheEphemeralDataFolder() {
    stack.close();
    assertThat(stack.dataDir()).doesNotExist();
    assertThat(processesMentioning(stack.dataDir().toString())).isEmpty();
  }

  @Test
  void readCommittedConsumerSeesCommittedTransactionsOnly() {
    String topic = "transactions-check";
    try (KafkaProducer<String, String> producer = transactionalProducer()) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "committed"));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "aborted"));
      producer.flush();
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "last"));
      producer.commitTransaction();
    }

    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = readCommittedConsumer()) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!seen.contains("last") && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.value());
        }
      }
    }
    assertThat(seen).containsExactly("committed", "last");
  }

  @Test
  void applicationDatabaseAcceptsTablesAndRows() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE sql_check (id int PRIMARY KEY, headline text NOT NULL)");
      s.execute("INSERT INTO sql_check VALUES (1, 'Local stack up'), (2, 'Second')");
      try (ResultSet rs = s.executeQuery("SELECT headline FROM sql_check WHERE id = 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Local stack up");
      }
    }
  }

  @Test
  void wrongPasswordIsRejectedAsInProduction() {
    assertThatThrownBy(() -> DriverManager.getConnection(stack.jdbcUrl(), stack.username(), "x"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  @Test
  void addressesAreLoopbackOnTheConfiguredPorts() {
    assertThat(stack.external()).isFalse();
    assertThat(stack.kafkaBootstrapServers()).startsWith("127.0.0.1:");
    assertThat(stack.jdbcUrl())
        .startsWith("jdbc:postgresql://127.0.0.1:")
        .endsWith("/dispatchline");
    assertThat(stack.username()).isEqualTo("dispatchline");
  }

  private static KafkaProducer<String, String> transactionalProducer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            stack.kafkaBootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            "local-stack-test",
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            30_000),
        new StringSerializer(),
        new StringSerializer());
  }

  private static KafkaConsumer<String, String> readCommittedConsumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(),
        new StringDeserializer());
  }

  /** Processes (e.g. a postmaster) whose command line names the folder. */
  private static List<ProcessHandle> processesMentioning(String text) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(cl -> cl.contains(text)).orElse(false))
        .toList();
  }
}
