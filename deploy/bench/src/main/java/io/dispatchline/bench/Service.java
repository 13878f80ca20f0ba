package io.dispatchline.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus service run as its own OS process, as a user runs it; remembers how long it
 * took from launch to {@code /q/health/ready}.
 */
final class Service implements AutoCloseable {

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;
  private double startSeconds;

  private Service(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code <module>/target/quarkus-app/quarkus-run.jar} and waits until it is ready. */
  static Service start(String module, String label, Map<String, String> env, Path logDir)
      throws IOException, InterruptedException {
    return start(module, label, env, logDir, Duration.ofSeconds(120));
  }

  /** The same, waiting up to {@code timeout} (a peer that builds its index first). */
  static Service start(
      String module, String label, Map<String, String> env, Path logDir, Duration timeout)
      throws IOException, InterruptedException {
    Path jar = Repo.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./mvnw package first");
    }
    int port = freePort();
    Path log = logDir.resolve(label + ".log");
    Files.createDirectories(logDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-jar", jar.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Repo.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("DISPATCHLINE_READ_TOKEN");
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    long t0 = System.nanoTime();
    Service service = new Service(label, builder.start(), port, log);
    service.awaitReady(timeout);
    service.startSeconds = (System.nanoTime() - t0) / 1e9;
    return service;
  }

  static Map<String, String> stackEnv(io.dispatchline.local.LocalStack stack) {
    return Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers(),
        "QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(),
        "QUARKUS_DATASOURCE_USERNAME", stack.username(),
        "QUARKUS_DATASOURCE_PASSWORD", stack.password());
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * One value from the service's Prometheus metrics ({@code /q/metrics}): the first sample of the
   * named series, labels ignored; NaN if it is not there.
   */
  double metric(String series) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return r.body()
        .lines()
        .filter(l -> l.startsWith(series + " ") || l.startsWith(series + "{"))
        .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(Double.NaN);
  }

  long pid() {
    return process.pid();
  }

  double startSeconds() {
    return startSeconds;
  }

  String name() {
    return name;
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start-up; log: " + log);
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException(name + " not ready after " + timeout + "; log: " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
