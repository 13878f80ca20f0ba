package io.dispatchline.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a Kafka broker and PostgreSQL for Dispatchline in this JVM (its own process, started by
 * {@link LocalStack} or {@code deploy/local/run}), prints {@link ReadyLine} when both accept
 * clients, and stops both on SIGTERM/SIGINT or, with {@code --exit-on-stdin-eof}, when the process
 * that started it goes away.
 *
 * <p>Exit codes: 2 for a taken port or a bad argument, 1 when starting failed.
 */
public final class LocalStackMain {

  static final int EXIT_BAD_SETUP = PortCheck.PORT_TAKEN;

  private final StackOptions options;
  private volatile KafkaBroker kafka;
  private volatile PostgresServer postgres;
  private volatile boolean stopping;

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
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dispatchline-local-stop"));
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("dispatchline-local failed to start: " + e);
      e.printStackTrace();
      System.err.println("details in " + logFile);
      System.exit(1);
    }
    System.out.println(stack.readyLine().format());
    System.out.flush();

    if (options.exitOnStdinEof()) {
      exitOnStdinEof();
    }
    stack.kafka.awaitShutdown();
    if (!stack.stopping) {
      System.err.println("the Kafka broker stopped on its own; details in " + logFile);
      System.exit(1);
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
    kafka = KafkaBroker.start(options.dataDir().resolve("kafka"), options.kafkaPort(), freePort());
    postgres = PostgresServer.start(options.dataDir().resolve("postgres"), options.postgresPort());
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
   * stop instead of running on as an orphan.
   */
  private static void exitOnStdinEof() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input has no meaning; only its end does.
                }
              } catch (IOException e) {
                // A broken pipe means the same as EOF.
              }
              System.exit(0);
            },
            "dispatchline-local-stdin-eof");
    watcher.setDaemon(true);
    watcher.start();
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

  /** The controller's port: internal, so any free one will do. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }
}
