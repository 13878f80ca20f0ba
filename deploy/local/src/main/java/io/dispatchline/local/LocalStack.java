package io.dispatchline.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 *
 * <p>For reliability tests, {@link #stopPostgres()}, {@link #startPostgres()}, {@link #stopKafka()}
 * and {@link #startKafka()} take one service away and bring it back with its data, through requests
 * on the child's stdin (see {@link Control}).
 */
public final class LocalStack implements AutoCloseable {

  static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
  static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
  static final String USERNAME_ENV = "QUARKUS_DATASOURCE_USERNAME";
  static final String PASSWORD_ENV = "QUARKUS_DATASOURCE_PASSWORD";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** For a stop request: a broker's controlled shutdown or PostgreSQL's fast one, with margin. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  // A name, not LocalStackMain.class: loading that class here would need Kafka on this classpath.
  private static final String MAIN_CLASS = "io.dispatchline.local.LocalStackMain";

  private final ReadyLine addresses;
  private final LocalStackConfig config; // null when external
  private final Process process; // null when external
  private final ChildOutput output; // null when external
  private final Thread closeOnExit;
  private final AtomicBoolean closed = new AtomicBoolean();
  private long lastRequestId;

  private LocalStack(
      ReadyLine addresses, LocalStackConfig config, Process process, ChildOutput output) {
    this.addresses = addresses;
    this.config = config;
    this.process = process;
    this.output = output;
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
      return new LocalStack(ready, config, process, output);
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

  /**
   * How the stack's PostgreSQL was started and what it answered to {@code SHOW} at its last start:
   * {@code durability=durable fsync=on synchronous_commit=on full_page_writes=on}, or {@code
   * durability=fast-unsafe-for-tests …}; empty when external.
   */
  public String postgresDurability() {
    return output == null ? "" : output.postgresDurability();
  }

  /** The stack's data folder, or null when external. */
  public Path dataDir() {
    return config == null ? null : config.dataDir();
  }

  /**
   * Fast shutdown of PostgreSQL, as a crash or a failover looks to clients: open connections are
   * dropped, and this returns once the port no longer accepts connections. The data stays; {@link
   * #startPostgres()} brings it back. Does nothing if PostgreSQL is already stopped.
   *
   * @throws IllegalStateException for an {@link #external()} stack, a closed one, or when the stack
   *     does not answer in time (with its last output)
   */
  public void stopPostgres() {
    request("postgres stop", REQUEST_TIMEOUT);
  }

  /**
   * Starts PostgreSQL again on the same port with the same data folder, and returns once it accepts
   * JDBC connections with the same URL and credentials. Does nothing if it is running.
   *
   * @throws IllegalStateException for an {@link #external()} stack, a closed one, when the port has
   *     been taken meanwhile, or when the stack does not answer in time (with its last output)
   */
  public void startPostgres() {
    request("postgres start", START_TIMEOUT);
  }

  /**
   * Stops the Kafka broker with a controlled shutdown and returns once its port no longer accepts
   * connections: clients then see the broker gone (sends block, then time out). Topics, committed
   * records and transaction state stay on disk; {@link #startKafka()} brings them back. Does
   * nothing if the broker is already stopped.
   *
   * @throws IllegalStateException for an {@link #external()} stack, a closed one, or when the stack
   *     does not answer in time (with its last output)
   */
  public void stopKafka() {
    request("kafka stop", REQUEST_TIMEOUT);
  }

  /**
   * Starts the Kafka broker again on the same port with the same log folder and cluster id, and
   * returns once it accepts produce requests (it is registered and unfenced). Clients that were
   * running reconnect by themselves. Does nothing if the broker is running.
   *
   * @throws IllegalStateException for an {@link #external()} stack, a closed one, when the port has
   *     been taken meanwhile, or when the stack does not answer in time (with its last output)
   */
  public void startKafka() {
    request("kafka start", START_TIMEOUT);
  }

  /**
   * Sends one {@link Control} request to the stack and waits for its reply.
   *
   * @return the reply's text, e.g. {@code "postgres stopped in 310 ms"}
   */
  synchronized String request(String command, Duration timeout) {
    if (external()) {
      throw new IllegalStateException(
          "cannot "
              + command
              + ": this stack is external (from "
              + KAFKA_ENV
              + " and "
              + JDBC_URL_ENV
              + "); only a stack started by LocalStack.start can be stopped and started");
    }
    if (closed.get()) {
      throw new IllegalStateException("cannot " + command + ": this stack is closed");
    }
    Control.Request request = new Control.Request(++lastRequestId, command);
    CompletableFuture<Control.Reply> reply = output.expectReply(request.id());
    Control.Reply answer;
    try {
      OutputStream stdin = process.getOutputStream();
      stdin.write((request.format() + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IOException | ExecutionException e) {
      throw new IllegalStateException(
          "cannot " + command + ": the local stack has exited; its last output:\n" + output.tail(),
          e);
    } catch (TimeoutException e) {
      output.forgetReply(request.id());
      throw new IllegalStateException(
          "no answer to '"
              + command
              + "' from the local stack within "
              + timeout.toSeconds()
              + " s; its last output:\n"
              + output.tail());
    } catch (InterruptedException e) {
      output.forgetReply(request.id());
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for '" + command + "'", e);
    }
    if (!answer.ok()) {
      throw new IllegalStateException(
          answer.text() + "; the local stack's last output:\n" + output.tail());
    }
    return answer.text();
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
    if (config.postgresDurability() == PostgresDurability.FAST_UNSAFE_FOR_TESTS) {
      command.add(PostgresDurability.FLAG);
    }
    try {
      Files.createDirectories(config.dataDir());
      // stdin stays a pipe from us: it closes when this JVM dies, which stops the child.
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(config.dataDir().toFile())
              .redirectErrorStream(true);
      builder.environment().remove(PostgresDurability.ENV); // the config decides, not the env
      return builder.start();
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
