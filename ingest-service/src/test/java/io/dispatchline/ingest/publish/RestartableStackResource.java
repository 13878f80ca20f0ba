package io.dispatchline.ingest.publish;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A Kafka (and PostgreSQL) of its own that a test can stop and start again on the same port and
 * data, with short producer timeouts so that a publish to a stopped broker fails within seconds.
 *
 * <p>The running stack is kept in the system properties as an {@link AutoCloseable} (the test and
 * this resource may see different class loaders): {@link #stopKafka()} and {@link #startKafka()}.
 */
public class RestartableStackResource implements QuarkusTestResourceLifecycleManager {

  static final String PREFIX = "dispatchline.test.restartable.";
  static final String INBOX = "target/test-inbox-broker-down";

  @Override
  public Map<String, String> start() {
    LocalStackConfig fresh = LocalStackConfig.forTests();
    LocalStackConfig config =
        new LocalStackConfig(fresh.kafkaPort(), fresh.postgresPort(), fresh.dataDir(), false);
    System.setProperty(PREFIX + "kafka-port", String.valueOf(config.kafkaPort()));
    System.setProperty(PREFIX + "postgres-port", String.valueOf(config.postgresPort()));
    System.setProperty(PREFIX + "data-dir", config.dataDir().toString());
    LocalStack stack = LocalStack.start(config);
    System.getProperties().put(PREFIX + "stack", stack);
    awaitTransactions(stack.kafkaBootstrapServers());
    return Map.ofEntries(
        Map.entry("kafka.bootstrap.servers", stack.kafkaBootstrapServers()),
        Map.entry("quarkus.devservices.enabled", "false"),
        Map.entry("mp.messaging.outgoing.dispatches.max.block.ms", "3000"),
        Map.entry("mp.messaging.outgoing.dispatches.request.timeout.ms", "2000"),
        Map.entry("mp.messaging.outgoing.dispatches.delivery.timeout.ms", "4000"),
        Map.entry("mp.messaging.outgoing.dispatches.reconnect.backoff.max.ms", "500"),
        Map.entry("dispatchline.publish.timeout", "10s"),
        Map.entry("dispatchline.seeds.dir", ""),
        Map.entry("dispatchline.inbox.dir", INBOX),
        Map.entry("mp.messaging.incoming.documents.enabled", "false"));
  }

  /** Stops the running Kafka (and PostgreSQL), keeping their data. */
  public static void stopKafka() throws Exception {
    Object stack = System.getProperties().remove(PREFIX + "stack");
    if (stack != null) {
      ((AutoCloseable) stack).close();
    }
  }

  /** Starts them again on the same ports and data. */
  public static void startKafka() {
    LocalStackConfig config =
        new LocalStackConfig(
            Integer.parseInt(System.getProperty(PREFIX + "kafka-port")),
            Integer.parseInt(System.getProperty(PREFIX + "postgres-port")),
            Path.of(System.getProperty(PREFIX + "data-dir")),
            false);
    LocalStack stack = LocalStack.start(config);
    System.getProperties().put(PREFIX + "stack", stack);
    awaitTransactions(stack.kafkaBootstrapServers());
  }

  /**
   * Runs one transaction with a producer of its own, so that the broker's transaction coordinator
   * is ready before the service (whose producer waits only briefly here) needs it.
   */
  static void awaitTransactions(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "warm-up-" + UUID.randomUUID());
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("warm-up", new byte[] {1}));
      producer.commitTransaction();
    }
  }

  @Override
  public void stop() {
    try {
      stopKafka();
      try (Stream<Path> files = Files.walk(Path.of(System.getProperty(PREFIX + "data-dir")))) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // A temp folder left behind is no failure.
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
