package io.dispatchline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real Kafka broker and PostgreSQL for tests and local runs, in a child JVM ({@link
 * LocalStackMain}) so that nothing outlives the JVM that asked for it: the child stops when {@link
 * #close()} is called, when this JVM exits, and when this JVM is killed (its stdin closes).
 *
 * <p>Only the JDK is needed on the caller's classpath; the child gets its own (see {@link
 * ChildClasspath}).
 */
public final class LocalStack implements AutoCloseable {

  static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
  static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
  static final String USERNAME_ENV = "QUARKUS_DATASOURCE_USERNAME";
  static final String PASSWORD_ENV = "QUARKUS_DATASOURCE_PASSWORD";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  // A name, not LocalStackMain.class: loading that class here would need Kafka on this classpath.
  private static final String MAIN_CLASS = "io.dispatchline.local.LocalStackMain";

  private final ReadyLine addresses;
  private final LocalStackConfig config; // null when external
  private final Process process; // null when external
  private final Thread closeOnExit;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalStack(ReadyLine addresses, LocalStackConfig config, Process process) {
    this.addresses = addresses;
    this.config = config;
    this.process = process;
    this.closeOnExit = new Thread(this::close, "dispatchline-local-close");
    if (process != null) {
      Runtime.getRuntime().addShutdownHook(closeOnExit);
    }
  }

  /**
   * Starts Kafka and PostgreSQL as configured and returns once both accept clients.
   *
   * @throws IllegalStateException if the stack does not become ready within 90 s, with the reason
   *     (e.g. a port in use) and the last lines of its output
   */
  public static LocalStack start(LocalStackConfig config) {
    Process process = spawn(config);
    ChildOutput output = ChildOutput.drain(process);
    try {
      ReadyLine ready = output.ready().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new LocalStack(ready, config, process);
    } catch (TimeoutException e) {
      stop(process, config);
      throw new IllegalStateException(
          "the local stack was not ready after "
              + START_TIMEOUT.toSeconds()
              + " s; its last output:\n"
              + output.tail());
    } catch (ExecutionException e) {
      stop(process, config);
      throw new IllegalStateException(
          "the local stack did not start: "
              + output.lastLine()
              + " (exit code "
              + process.exitValue()
              + "); its last output:\n"
              + output.tail());
    } catch (InterruptedException e) {
      stop(process, config);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the local stack was starting", e);
    }
  }

  /**
   * Uses the Kafka and PostgreSQL named by {@code KAFKA_BOOTSTRAP_SERVERS} and {@code
   * QUARKUS_DATASOURCE_JDBC_URL} (with {@code QUARKUS_DATASOURCE_USERNAME}/{@code _PASSWORD}) when
   * both are set, starting nothing; otherwise starts a stack with {@link
   * LocalStackConfig#forTests()}.
   */
  public static LocalStack startOrExternal() {
    return external(System.getenv()).orElseGet(() -> start(LocalStackConfig.forTests()));
  }

  static Optional<LocalStack> external(Map<String, String> env) {
    boolean kafka = isSet(env.get(KAFKA_ENV));
    boolean jdbc = isSet(env.get(JDBC_URL_ENV));
    if (kafka != jdbc) {
      throw new IllegalStateException(
          "set both "
              + KAFKA_ENV
              + " and "
              + JDBC_URL_ENV
              + " to use external services, or neither to start a local stack");
    }
    if (!kafka) {
      return Optional.empty();
    }
    return Optional.of(
        new LocalStack(
            new ReadyLine(
                env.get(KAFKA_ENV),
                env.get(JDBC_URL_ENV),
                env.getOrDefault(USERNAME_ENV, ""),
                env.getOrDefault(PASSWORD_ENV, "")),
            null,
            null));
  }

  public String kafkaBootstrapServers() {
    return addresses.kafkaBootstrapServers();
  }

  public String jdbcUrl() {
    return addresses.jdbcUrl();
  }

  public String username() {
    return addresses.username();
  }

  public String password() {
    return addresses.password();
  }

  /** True when the services came from the environment and nothing was started. */
  public boolean external() {
    return process == null;
  }

  /** The stack's data folder, or null when external. */
  public Path dataDir() {
    return config == null ? null : config.dataDir();
  }

  /** Stops the stack (SIGTERM, then SIGKILL after 30 s) and removes an ephemeral data folder. */
  @Override
  public void close() {
    if (external() || !closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(closeOnExit);
    } catch (IllegalStateException e) {
      // The JVM is exiting: this is the hook.
    }
    stop(process, config);
  }

  @Override
  public String toString() {
    return external()
        ? "LocalStack[external " + addresses.format() + "]"
        : "LocalStack[pid " + process.pid() + " " + addresses.format() + "]";
  }

  private static Process spawn(LocalStackConfig config) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
    command.addAll(List.of("-cp", ChildClasspath.resolve(), MAIN_CLASS));
    command.addAll(List.of("--data-dir", config.dataDir().toString()));
    command.addAll(List.of("--kafka-port", Integer.toString(config.kafkaPort())));
    command.addAll(List.of("--postgres-port", Integer.toString(config.postgresPort())));
    command.add("--exit-on-stdin-eof");
    if (config.ephemeral()) {
      command.add("--delete-data-on-exit");
    }
    try {
      Files.createDirectories(config.dataDir());
      // stdin stays a pipe from us: it closes when this JVM dies, which stops the child.
      return new ProcessBuilder(command)
          .directory(config.dataDir().toFile())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the local stack: " + command, e);
    }
  }

  private static void stop(Process process, LocalStackConfig config) {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    if (config.ephemeral()) {
      Folders.deleteRecursively(config.dataDir());
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
