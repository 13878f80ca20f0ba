package io.dispatchline.local;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * One Kafka broker in this JVM, in KRaft combined mode (broker and controller in one node), set up
 * so that a single node is a complete cluster: every replication factor and min.insync is 1,
 * including the transaction state log, so transactional producers work.
 */
final class KafkaBroker implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  static final String FLUSH_ENV = "DISPATCHLINE_KAFKA_FLUSH_EVERY_MESSAGE";
  static final String FLUSH_FLAG = "--kafka-flush-every-message";
  static final String FLUSH_INTERVAL_MESSAGES = "log.flush.interval.messages";

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private volatile boolean closeRequested;

  private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats {@code dir/data} on first use, starts the broker and returns once it is registered and
   * unfenced, i.e. accepts produce requests.
   */
  static KafkaBroker start(Path dir, int port, int controllerPort, boolean flushEveryMessage)
      throws Exception {
    Path logDir = dir.resolve("data");
    Files.createDirectories(logDir);
    Properties props = serverProperties(logDir, port, controllerPort, flushEveryMessage);
    Path propertiesFile = dir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(propertiesFile)) {
      props.store(out, "Written by dispatchline-local on every start; edits are overwritten.");
    }
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(propertiesFile);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    KafkaBroker broker = new KafkaBroker(server, "127.0.0.1:" + port);
    try {
      server.startup();
      broker.awaitUnfenced();
    } catch (Exception | Error e) {
      try {
        broker.close(); // a restart on request must not leave half a broker behind
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return broker;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** Blocks until the broker has shut down, whoever asked for it. */
  void awaitShutdown() {
    server.awaitShutdown();
  }

  /** Whether {@link #close()} was called, as opposed to the broker stopping on its own. */
  boolean closeRequested() {
    return closeRequested;
  }

  /** Controlled shutdown: the broker hands off and stops; returns once it has. */
  @Override
  public void close() {
    closeRequested = true;
    server.shutdown();
    server.awaitShutdown();
  }

  /**
   * With {@code flushEveryMessage}, the broker fsyncs its log after every record before it answers
   * (Kafka's default leaves that to the OS): with one broker and no replicas, that is what makes an
   * acknowledged record survive a power cut, at the cost of one fsync per produce.
   */
  static Properties serverProperties(
      Path logDir, int port, int controllerPort, boolean flushEveryMessage) {
    Properties p = new Properties();
    if (flushEveryMessage) {
      p.put(FLUSH_INTERVAL_MESSAGES, "1");
    }
    p.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            // A static quorum of one: nothing about the voters is stored, so the controller may
            // get another free port on the next start.
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", logDir.toString()),
            Map.entry("num.partitions", "1"),
            Map.entry("default.replication.factor", "1"),
            Map.entry("min.insync.replicas", "1"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("auto.create.topics.enable", "true"),
            // Consumers in tests join at once instead of waiting 3 s for more members.
            Map.entry("group.initial.rebalance.delay.ms", "0")));
    return p;
  }

  private static void format(Path propertiesFile) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String[] args = {"format", "-t", clusterId(), "-c", propertiesFile.toString()};
    int exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      exitCode = StorageTool.execute(args, out);
    }
    if (exitCode != 0) {
      throw new IllegalStateException(
          "formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
    }
  }

  /** A random cluster id that the format command line does not mistake for an option. */
  private static String clusterId() {
    String id;
    do {
      id = Uuid.randomUuid().toString();
    } while (id.startsWith("-"));
    return id;
  }

  private void awaitUnfenced() throws InterruptedException {
    awaitUnfenced(bootstrapServers, () -> true);
  }

  /**
   * Returns once the broker at {@code bootstrapServers} is registered and unfenced; gives up when
   * {@code alive} turns false (its process exited) or after 60 s.
   */
  static void awaitUnfenced(String bootstrapServers, java.util.function.BooleanSupplier alive)
      throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    Exception lastFailure = null;
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
      while (System.nanoTime() < deadline && alive.getAsBoolean()) {
        try {
          // Fenced brokers are left out of this answer, so one node means "ready to produce to".
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          lastFailure = e;
        }
        Thread.sleep(100);
      }
    }
    if (!alive.getAsBoolean()) {
      throw new IllegalStateException("the Kafka broker exited during start-up", lastFailure);
    }
    throw new IllegalStateException(
        "Kafka broker not ready after " + READY_TIMEOUT.toSeconds() + " s", lastFailure);
  }
}
