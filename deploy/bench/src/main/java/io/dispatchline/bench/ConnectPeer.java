package io.dispatchline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer: Kafka Connect 4.1.2 standalone, from Maven Central, running the Debezium JDBC sink
 * 3.3.1.Final into query-service's schema (emptied first), upserting on {@code id} in batches of
 * 500. Its classpath is what {@code deploy/bench/peer-classpath} resolved, plus this module's
 * classes for {@link DispatchConverter}.
 */
final class ConnectPeer implements AutoCloseable {

  /**
   * The sink writes query-service's own (emptied) tables: with a second {@code dispatches} table in
   * another schema of the database, the sink may pick either one whatever the search path.
   */
  static final String SCHEMA = "public";

  static final String CONNECTOR = "dispatchline-jdbc-sink";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final double startSeconds;

  private ConnectPeer(Process process, double startSeconds) {
    this.process = process;
    this.startSeconds = startSeconds;
  }

  /** Starts the worker with the sink on {@code topic} and waits until its task runs. */
  static ConnectPeer start(LocalStack stack, String topic, Path workDir) throws Exception {
    Path root = Repo.root();
    Path classpathFile = root.resolve("deploy/bench/peer-classpath/target/connect-classpath.txt");
    if (!Files.isRegularFile(classpathFile)) {
      throw new IllegalStateException(
          classpathFile + " is missing: ./mvnw -f deploy/bench/peer-classpath generate-resources");
    }
    String classpath =
        Files.readString(classpathFile).strip()
            + java.io.File.pathSeparator
            + root.resolve("deploy/bench/target/classes");
    Files.createDirectories(workDir);
    int restPort = Service.freePort();
    Path worker = workDir.resolve("worker.properties");
    Files.writeString(
        worker,
        String.join(
            "\n",
            "bootstrap.servers=" + stack.kafkaBootstrapServers(),
            "listeners=http://127.0.0.1:" + restPort,
            "offset.storage.file.filename=" + workDir.resolve("offsets"),
            "offset.flush.interval.ms=1000",
            "key.converter=org.apache.kafka.connect.storage.StringConverter",
            "value.converter=io.dispatchline.bench.DispatchConverter",
            "connector.client.config.override.policy=All",
            ""));
    Path sink = workDir.resolve("sink.properties");
    Files.writeString(
        sink,
        String.join(
            "\n",
            "name=" + CONNECTOR,
            "connector.class=io.debezium.connector.jdbc.JdbcSinkConnector",
            "tasks.max=1",
            "topics=" + topic,
            "connection.url=" + stack.jdbcUrl(),
            "connection.username=" + stack.username(),
            "connection.password=" + stack.password(),
            "insert.mode=upsert",
            "delete.enabled=false",
            "primary.key.mode=record_value",
            "primary.key.fields=id",
            "schema.evolution=none",
            "collection.name.format=dispatches",
            "batch.size=500",
            "consumer.override.max.poll.records=500",
            "consumer.override.auto.offset.reset=earliest",
            ""));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-cp",
            classpath,
            "org.apache.kafka.connect.cli.ConnectStandalone",
            worker.toString(),
            sink.toString());
    long t0 = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("connect.log").toFile())
            .start();
    ConnectPeer peer = new ConnectPeer(process, 0);
    try {
      awaitRunning(process, restPort, workDir);
    } catch (Exception e) {
      peer.close();
      throw e;
    }
    return new ConnectPeer(process, (System.nanoTime() - t0) / 1e9);
  }

  private static void awaitRunning(Process process, int port, Path workDir) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest status =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/connectors/" + CONNECTOR + "/status"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Kafka Connect exited; log: " + workDir.resolve("connect.log"));
      }
      try {
        String body = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
        JsonNode task = JSON.readTree(body).path("tasks").path(0);
        if ("RUNNING".equals(task.path("state").asText())) {
          return;
        }
        if (body.contains("FAILED")) {
          throw new IllegalStateException("the JDBC sink failed: " + body);
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the JDBC sink did not run within 120 s");
  }

  long pid() {
    return process.pid();
  }

  double startSeconds() {
    return startSeconds;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
