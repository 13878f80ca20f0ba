package io.dispatchline.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stack's Kafka broker as a child process ({@link KafkaBrokerMain}), on the stack's own
 * classpath. {@link LocalStackMain} starts it again when it exits by itself (see its supervisor).
 */
final class KafkaProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final String bootstrapServers;
  private final Instant started = Instant.now();
  private volatile boolean closeRequested;
  private volatile Instant exitedAt;

  private KafkaProcess(Process process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts the broker and returns once it accepts produce requests.
   *
   * @throws IllegalStateException when it exits during start-up or is not ready in time
   */
  static KafkaProcess start(
      Path dir, int port, int controllerPort, boolean flushEveryMessage, Path logFile)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
    command.add("-Ddispatchline.local.logFile=" + logFile);
    String log4j = System.getProperty("log4j2.configurationFile");
    if (log4j != null) {
      command.add("-Dlog4j2.configurationFile=" + log4j);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(KafkaBrokerMain.class.getName());
    command.addAll(
        List.of(
            dir.toString(),
            Integer.toString(port),
            Integer.toString(controllerPort),
            Boolean.toString(flushEveryMessage)));
    // stdout and stderr go where the stack's own go; stdin stays a pipe from us: when this JVM
    // dies, even by SIGKILL, it closes and the broker stops.
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String bootstrap = "127.0.0.1:" + port;
    KafkaProcess broker = new KafkaProcess(process, bootstrap);
    try {
      KafkaBroker.awaitUnfenced(bootstrap, process::isAlive);
    } catch (Exception | Error e) {
      broker.close();
      throw e;
    }
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "the Kafka broker exited during start-up (exit code " + process.exitValue() + ")");
    }
    return broker;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** How long it ran (until now while it runs). */
  Duration ranFor() {
    Instant end = exitedAt;
    return Duration.between(started, end == null ? Instant.now() : end);
  }

  /** Blocks until the process has exited; returns its exit code. */
  int awaitExit() throws InterruptedException {
    int code = process.waitFor();
    if (exitedAt == null) {
      exitedAt = Instant.now();
    }
    return code;
  }

  /** Whether {@link #close()} was called, as opposed to the broker stopping on its own. */
  boolean closeRequested() {
    return closeRequested;
  }

  /** Controlled shutdown (SIGTERM), SIGKILL after 60 s; returns once the process has exited. */
  @Override
  public void close() {
    closeRequested = true;
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
