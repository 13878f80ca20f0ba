package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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

/**
 * Stopping and starting PostgreSQL and Kafka under a running stack (one stack for the class): the
 * service is really gone while stopped, and comes back on the same address with its data.
 */
class LocalStackFaultsTest {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.start(LocalStackConfig.forTests());
  }

  @AfterAll
  static void closeStack() {
    if (stack != null) {
      stack.close();
      assertThat(stack.dataDir()).doesNotExist();
      assertThatThrownBy(stack::startKafka)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot kafka start: this stack is closed");
    }
  }

  @Test
  void postgresStoppedAndStartedKeepsItsRowsAndTakesNewOnes() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE fault_check (id int PRIMARY KEY, headline text NOT NULL)");
      s.execute("INSERT INTO fault_check VALUES (1, 'Written before the stop')");

      timed("stopPostgres", stack::stopPostgres);

      // The open connection was dropped, and nobody listens on the port.
      assertThatThrownBy(() -> s.executeQuery("SELECT 1")).isInstanceOf(SQLException.class);
      assertThatThrownBy(LocalStackFaultsTest::connect)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Connection to 127.0.0.1:")
          .hasMessageContaining("refused");
      stack.stopPostgres(); // already stopped: nothing to do
    }

    timed("startPostgres", stack::startPostgres);

    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO fault_check VALUES (2, 'Written after the start')");
      assertThat(headlines(s))
          .containsExactly("Written before the stop", "Written after the start");
    }
    stack.startPostgres(); // already running: nothing to do
  }

  @Test
  void kafkaStoppedAndStartedKeepsCommittedRecordsAndProducersCarryOn() throws Exception {
    String topic = "fault-check";
    try (KafkaProducer<String, String> survivor = transactionalProducer("fault-survivor")) {
      survivor.initTransactions();
      survivor.beginTransaction();
      survivor.send(new ProducerRecord<>(topic, "k", "before the stop"));
      survivor.commitTransaction();

      timed("stopKafka", stack::stopKafka);

      try (KafkaProducer<String, String> fresh =
              producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000));
          Admin admin = admin()) {
        assertThatThrownBy(
                () ->
                    fresh.send(new ProducerRecord<>(topic, "k", "lost")).get(10, TimeUnit.SECONDS))
            .hasMessageContaining("not present in metadata after 2000 ms");
        assertThatThrownBy(() -> admin.describeCluster().nodes().get(10, TimeUnit.SECONDS))
            .hasMessageContaining("Timed out");
      }
      stack.stopKafka(); // already stopped: nothing to do

      timed("startKafka", stack::startKafka);

      // A producer that lived through the restart carries on by itself...
      survivor.beginTransaction();
      survivor.send(new ProducerRecord<>(topic, "k", "from the survivor"));
      survivor.commitTransaction();
    }
    // ... and a new one works too.
    try (KafkaProducer<String, String> after = transactionalProducer("fault-after")) {
      after.initTransactions();
      after.beginTransaction();
      after.send(new ProducerRecord<>(topic, "k", "after the start"));
      after.commitTransaction();
    }
    stack.startKafka(); // already running: nothing to do

    assertThat(readCommitted(topic, 3))
        .containsExactly("before the stop", "from the survivor", "after the start");
  }

  @Test
  void postgresCannotComeBackOnATakenPortAndSaysSoInOneLine() throws Exception {
    stack.stopPostgres();
    int port = Integer.parseInt(stack.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertThatThrownBy(stack::startPostgres)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "postgres start failed: port "
                  + port
                  + " was taken while PostgreSQL was stopped: stop what is using it and try"
                  + " again;")
          .hasMessageNotContaining("Exception");
    }
    stack.startPostgres();
    try (Connection c = connect()) {
      assertThat(c.isValid(5)).isTrue();
    }
  }

  @Test
  void externalStackCannotBeStoppedOrStarted() {
    LocalStack external =
        LocalStack.external(
                Map.of(
                    LocalStack.KAFKA_ENV, "127.0.0.1:1",
                    LocalStack.JDBC_URL_ENV, "jdbc:postgresql://127.0.0.1:2/x"))
            .orElseThrow();
    assertThatThrownBy(external::stopPostgres)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot postgres stop: this stack is external");
    assertThatThrownBy(external::startKafka)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "only a stack started by LocalStack.start can be stopped and started");
  }

  private static void timed(String what, Runnable action) {
    long started = System.nanoTime();
    action.run();
    System.out.printf("%s took %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
  }

  private static List<String> headlines(Statement s) throws SQLException {
    List<String> headlines = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT headline FROM fault_check ORDER BY id")) {
      while (rs.next()) {
        headlines.add(rs.getString(1));
      }
    }
    return headlines;
  }

  private static KafkaProducer<String, String> transactionalProducer(String transactionalId) {
    return producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId));
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  private static Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000));
  }

  private static List<String> readCommitted(String topic, int count) {
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (seen.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.value());
        }
      }
    }
    return seen;
  }
}
