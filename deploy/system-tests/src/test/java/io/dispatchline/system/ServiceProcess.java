package io.dispatchline.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A packaged Quarkus service run as its own OS process, the way a user runs it. */
public final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;
  private final int port;

  private ServiceProcess(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code <module>/target/quarkus-app/quarkus-run.jar} with the given environment and waits
   * until {@code /q/health/ready} answers 200.
   */
  public static ServiceProcess start(String module, Map<String, String> env)
      throws IOException, InterruptedException {
    Path root = SystemPaths.root();
    Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./mvnw package first");
    }
    int port = freePort();
    Path log = root.resolve("deploy/system-tests/target").resolve(module + "-" + port + ".log");
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString()))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    ServiceProcess service = new ServiceProcess(module, builder.start(), log, port);
    service.awaitReady(Duration.ofSeconds(90));
    return service;
  }

  /** SIGKILL: no shutdown hook runs, nothing in flight is finished or acknowledged. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** HTTP status of {@code GET path}, or -1 when the service does not answer. */
  public int status(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(baseUrl() + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start-up:\n" + tail());
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
  }

  public String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
