package io.dispatchline.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a Kafka broker and PostgreSQL for Dispatchline in this JVM (its own process, started by
 * {@link LocalStack} or {@code deploy/local/run}), prints {@link ReadyLine} when both accept
 * clients, and stops both on SIGTERM/SIGINT or, with {@code --exit-on-stdin-eof}, when the process
 * that started it goes away. With that flag, stdin also carries {@link Control} requests (stop and
 * start PostgreSQL or Kafka again, for fault-injection tests).
 *
 * <p>Exit codes: 2 for a taken port or a bad argument, 1 when starting failed.
 */
public final class LocalStackMain {

  static final int EXIT_BAD_SETUP = PortCheck.PORT_TAKEN;

  private final StackOptions options;
  private volatile KafkaProcess kafka;
  private volatile PostgresServer postgres;
  private volatile boolean stopping;
  private int kafkaControllerPort;
  private Path logFile;
  private int crashesInARow;
  private KafkaProcess lastCrashed;

  private LocalStackMain(StackOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    StackOptions options;
    try {
      options = StackOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.print(StackOptions.USAGE);
      System.err.println(e.getMessage()); // last: callers show the last line as the reason
      System.exit(EXIT_BAD_SETUP);
      return;
    }
    stopLeftoverPostgres(options.dataDir().resolve("postgres"));
    Optional<String> taken =
        PortCheck.firstTaken(
            List.of(
                new PortCheck.Port(options.kafkaPort(), StackOptions.KAFKA_PORT_ENV),
                new PortCheck.Port(options.postgresPort(), StackOptions.POSTGRES_PORT_ENV)));
    if (taken.isPresent()) {
      System.err.println(taken.get());
      System.exit(EXIT_BAD_SETUP);
    }

    Path logFile = options.dataDir().resolve("logs").resolve("stack.log");
    configureLogging(logFile);
    System.out.println("DISPATCHLINE-LOCAL STARTING data=" + options.dataDir() + " log=" + logFile);

    LocalStackMain stack = new LocalStackMain(options);
    stack.logFile = logFile;
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dispatchline-local-stop"));
    try {
      stack.start();
    } catch (PostgresServer.NotDurable e) {
      System.err.println(e.getMessage()); // last: callers show the last line as the reason
      System.exit(EXIT_BAD_SETUP);
    } catch (Exception e) {
      System.err.println("dispatchline-local failed to start: " + e);
      e.printStackTrace();
      System.err.println("details in " + logFile);
      System.exit(1);
    }
    System.out.println(stack.readyLine().format());
    System.out.flush();

    if (options.exitOnStdinEof()) {
      stack.readControlRequestsUntilStdinEof();
    }
    // A broker stopped by a "kafka stop" request is expected; one that stops by itself (Kafka
    // halts when it cannot write its log folder, e.g. a full disk) is started again.
    for (KafkaProcess broker; (broker = stack.awaitRunningKafka()) != null; ) {
      int exitCode = broker.awaitExit();
      if (!broker.closeRequested()) {
        stack.restartCrashedKafka(broker, exitCode);
      }
    }
  }

  /** The supervisor's first wait before a restart; it doubles per crash in a row up to the max. */
  static final Duration RESTART_BACKOFF_INITIAL = Duration.ofSeconds(1);

  static final Duration RESTART_BACKOFF_MAX = Duration.ofSeconds(15);

  /** A broker that ran this long before it stopped starts the backoff again from the beginning. */
  static final Duration RESTART_BACKOFF_RESET = Duration.ofSeconds(60);

  /**
   * The wait before the {@code crashesInARow}-th restart in a row (1 s, 2 s, 4 s, 8 s, then 15 s).
   */
  static Duration restartBackoff(int crashesInARow) {
    long seconds = RESTART_BACKOFF_INITIAL.toSeconds() << Math.min(10, crashesInARow - 1);
    return Duration.ofSeconds(Math.min(seconds, RESTART_BACKOFF_MAX.toSeconds()));
  }

  /**
   * The supervisor: the broker exited without being asked to. Waits (with backoff, without holding
   * the lock, so control requests and a stop go on) and starts it again with the same folder and
   * port, unless it was stopped or started meanwhile. A failed start leaves the dead broker in
   * place, so the main loop comes back here and waits longer.
   */
  private synchronized void restartCrashedKafka(KafkaProcess crashed, int exitCode)
      throws InterruptedException {
    boolean failedRestart = crashed == lastCrashed; // the start after it failed: same one back
    lastCrashed = crashed;
    crashesInARow =
        !failedRestart && crashed.ranFor().compareTo(RESTART_BACKOFF_RESET) > 0
            ? 1
            : crashesInARow + 1;
    Duration backoff = restartBackoff(crashesInARow);
    System.err.println(
        "DISPATCHLINE-LOCAL KAFKA the broker exited by itself (exit code "
            + exitCode
            + ", restart "
            + crashesInARow
            + " in a row); starting it again in "
            + backoff.toSeconds()
            + " s; details in "
            + logFile);
    long deadline = System.nanoTime() + backoff.toNanos();
    for (long left; !stopping && kafka == crashed && (left = deadline - System.nanoTime()) > 0; ) {
      wait(Math.max(1, left / 1_000_000));
    }
    if (stopping || kafka != crashed) {
      return; // stopped, or a "kafka stop"/"kafka start" request came first
    }
    long started = System.nanoTime();
    try {
      awaitFree(options.kafkaPort());
      requireFree(options.kafkaPort(), "Kafka");
      startKafka();
      System.err.println(
          "DISPATCHLINE-LOCAL KAFKA restarted in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
    } catch (Exception e) {
      System.err.println("DISPATCHLINE-LOCAL KAFKA restart failed: " + message(e));
    }
  }

  /**
   * A PostgreSQL left running by a stack that was killed together with its watchdog holds the
   * folder and the port: it is ours to stop, not a port clash.
   */
  private static void stopLeftoverPostgres(Path dataDir) throws IOException {
    Optional<Postmaster> leftover = Postmaster.of(dataDir).filter(Postmaster::isRunning);
    if (leftover.isPresent()) {
      System.err.println("stopping the PostgreSQL left running in " + dataDir);
      leftover.get().stop();
    }
  }

  private synchronized void start() throws Exception {
    Files.createDirectories(options.dataDir());
    kafkaControllerPort = freePort();
    startKafka();
    startPostgres();
  }

  private synchronized void startKafka() throws Exception {
    if (!PortCheck.isFree(kafkaControllerPort)) {
      kafkaControllerPort = freePort(); // a static quorum of one may move (see KafkaBroker)
    }
    kafka =
        KafkaProcess.start(
            kafkaDir(),
            options.kafkaPort(),
            kafkaControllerPort,
            options.kafkaFlushEveryMessage(),
            logFile);
    notifyAll(); // the main thread watches the new broker
  }

  private synchronized void startPostgres() throws Exception {
    PostgresDurability durability = options.postgresDurability();
    postgres = PostgresServer.start(postgresDir(), options.postgresPort(), durability);
    StringBuilder line =
        new StringBuilder(PostgresDurability.LINE_PREFIX + "durability=" + durability.label());
    postgres
        .durabilitySettings()
        .forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
    if (durability != PostgresDurability.DURABLE) {
      System.err.println(
          "WARNING: PostgreSQL runs with fsync, synchronous_commit and full_page_writes off"
              + " (fast mode for tests): a crash can lose or corrupt its data");
    }
  }

  private Path kafkaDir() {
    return options.dataDir().resolve("kafka");
  }

  private Path postgresDir() {
    return options.dataDir().resolve("postgres");
  }

  /** The running broker, waiting while it is stopped on request; null once the stack stops. */
  private synchronized KafkaProcess awaitRunningKafka() throws InterruptedException {
    while (kafka == null && !stopping) {
      wait();
    }
    return stopping ? null : kafka;
  }

  private ReadyLine readyLine() {
    return new ReadyLine(
        kafka.bootstrapServers(), postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
  }

  /**
   * Runs in the shutdown hook, also after a failed start; stops what was started. Synchronized with
   * {@link #start()} so that a signal during start-up cannot miss a PostgreSQL that is just coming
   * up.
   */
  private synchronized void stop() {
    stopping = true;
    notifyAll();
    if (kafka != null) {
      try {
        kafka.close();
      } catch (RuntimeException e) {
        System.err.println("stopping Kafka: " + e);
      }
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        System.err.println("stopping PostgreSQL: " + e);
      }
    }
    if (options.deleteDataOnExit()) {
      Folders.deleteRecursively(options.dataDir());
    }
    System.out.println("DISPATCHLINE-LOCAL STOPPED");
    System.out.flush();
  }

  /**
   * Our parent holds the other end of stdin; when it dies, even by SIGKILL, the pipe closes and we
   * stop instead of running on as an orphan. Until then, each line on stdin is a {@link Control}
   * request, carried out in order, with one reply line on stdout.
   */
  private void readControlRequestsUntilStdinEof() {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  Control.Request.parse(line).map(this::handle).ifPresent(LocalStackMain::reply);
                }
              } catch (IOException e) {
                // A broken pipe means the same as EOF.
              }
              System.exit(0);
            },
            "dispatchline-local-stdin");
    reader.setDaemon(true);
    reader.start();
  }

  private static void reply(Control.Reply reply) {
    synchronized (System.out) {
      System.out.println(reply.format());
      System.out.flush();
    }
  }

  /** Carries out one request; holds the stack's lock, so a stop signal waits for it. */
  private synchronized Control.Reply handle(Control.Request request) {
    if (stopping) {
      return Control.Reply.error(request, request.command() + " failed: the stack is stopping");
    }
    try {
      String done =
          switch (request.command()) {
            case "postgres stop" -> stopPostgres();
            case "postgres start" ->
                postgres != null ? "postgres already running" : startPostgresAgain();
            case "kafka stop" -> stopKafka();
            case "kafka start" ->
                kafka != null && kafka.isAlive() ? "kafka already running" : startKafkaAgain();
            case "status" ->
                "kafka="
                    + (kafka != null && !kafka.isAlive() ? "restarting" : state(kafka))
                    + " postgres="
                    + state(postgres);
            default -> null;
          };
      if (done == null) {
        return Control.Reply.error(
            request,
            "unknown request '"
                + request.command()
                + "' (postgres stop|start, kafka stop|start, status)");
      }
      return Control.Reply.ok(request, done);
    } catch (PortTaken e) {
      return Control.Reply.error(request, request.command() + " failed: " + e.getMessage());
    } catch (Exception e) {
      System.err.println("dispatchline-local: " + request.command() + " failed: " + e);
      e.printStackTrace();
      return Control.Reply.error(request, request.command() + " failed: " + message(e));
    }
  }

  private String stopPostgres() throws Exception {
    if (postgres == null) {
      return "postgres already stopped";
    }
    long started = System.nanoTime();
    PostgresServer server = postgres;
    postgres = null;
    server.close(); // fast shutdown: clients are disconnected
    PortCheck.awaitClosed(options.postgresPort(), Duration.ofSeconds(10));
    return took("postgres stopped", started);
  }

  private String startPostgresAgain() throws Exception {
    long started = System.nanoTime();
    stopLeftoverPostgres(postgresDir());
    awaitFree(options.postgresPort());
    requireFree(options.postgresPort(), "PostgreSQL");
    startPostgres();
    return took("postgres started", started);
  }

  private String stopKafka() throws Exception {
    if (kafka == null) {
      return "kafka already stopped";
    }
    long started = System.nanoTime();
    KafkaProcess broker = kafka;
    kafka = null;
    notifyAll(); // a supervisor waiting to restart it gives up
    broker.close();
    PortCheck.awaitClosed(options.kafkaPort(), Duration.ofSeconds(10));
    return took("kafka stopped", started);
  }

  private String startKafkaAgain() throws Exception {
    long started = System.nanoTime();
    awaitFree(options.kafkaPort());
    requireFree(options.kafkaPort(), "Kafka");
    startKafka();
    return took("kafka started", started);
  }

  /**
   * A port can be held for a moment after its server stopped, e.g. by a client socket the kernel
   * gave it as its local port (possible for a port in the ephemeral range, as {@code --kafka-port
   * 0}-style test ports used to be): such a socket goes away when its connection closes, so wait a
   * little before calling the port taken. Logs what it waited for, for the stack log.
   */
  private static void awaitFree(int port) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    boolean waited = false;
    while (!PortCheck.isFree(port) && System.nanoTime() < deadline) {
      if (!waited) {
        System.err.println(
            "dispatchline-local: port " + port + " not free yet, waiting up to 10 s");
        waited = true;
      }
      Thread.sleep(100);
    }
  }

  /** A service comes back on its own port or not at all: clients know no other. */
  private static void requireFree(int port, String service) throws PortTaken {
    if (!PortCheck.isFree(port)) {
      throw new PortTaken(
          "port "
              + port
              + " was taken while "
              + service
              + " was stopped: stop what is using it and try again");
    }
  }

  /** A start refused with one clear line (no stack trace): something else took the port. */
  private static final class PortTaken extends Exception {
    PortTaken(String message) {
      super(message, null, false, false);
    }
  }

  private static String took(String done, long started) {
    return done + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
  }

  private static String state(Object server) {
    return server == null ? "stopped" : "running";
  }

  private static String message(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.toString() : message;
  }

  /**
   * Broker and PostgreSQL logs go to a file; only WARN and above reach stderr. Set before the first
   * logger exists; a -Dlog4j2.configurationFile given by the user wins.
   */
  private static void configureLogging(Path logFile) {
    System.setProperty("dispatchline.local.logFile", logFile.toString());
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "io/dispatchline/local/log4j2-stack.xml");
    }
  }

  /** The controller's port: internal, so any free one will do, but not an ephemeral one. */
  private static int freePort() {
    return StackPorts.free(1).get(0);
  }
}
