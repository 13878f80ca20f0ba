package io.dispatchline.system.reliability;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import io.dispatchline.system.Database;
import io.dispatchline.system.ServiceProcess;
import io.dispatchline.system.SystemPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One local stack and one pair of service processes shared by the scenarios; faults stop and start
 * parts of it. Restarted services come back on new ports, so clients ask for the current URLs.
 */
final class ReliabilitySystem implements AutoCloseable {

  static final String INGEST_TOKEN = "reliability-upload-token-7f3a9c";
  static final String READ_TOKEN = "reliability-read-token-41d2e8";

  final LocalStack stack;
  final Database db;
  private volatile ServiceProcess ingest;
  private volatile ServiceProcess query;
  private final Map<String, String> extraEnv = new HashMap<>();

  private ReliabilitySystem(LocalStack stack) {
    this.stack = stack;
    this.db = new Database(stack);
  }

  /** Its own stack, not an external one: scenarios stop and start Kafka and PostgreSQL. */
  static ReliabilitySystem start() throws Exception {
    return start(LocalStackConfig.forTests(), Map.of());
  }

  /**
   * On a stack of the given configuration (e.g. with its data on small filesystems), both services
   * with {@code extraEnv} added to their environment.
   */
  static ReliabilitySystem start(LocalStackConfig config, Map<String, String> extraEnv)
      throws Exception {
    ReliabilitySystem system = new ReliabilitySystem(LocalStack.start(config));
    system.extraEnv.putAll(extraEnv);
    try {
      system.query = ServiceProcess.start("query-service", system.queryEnv());
      system.ingest = ServiceProcess.start("ingest-service", system.ingestEnv());
    } catch (Exception | Error e) {
      system.close();
      throw e;
    }
    return system;
  }

  String ingestUrl() {
    return ingest.baseUrl();
  }

  String queryUrl() {
    return query.baseUrl();
  }

  ServiceProcess ingest() {
    return ingest;
  }

  ServiceProcess query() {
    return query;
  }

  void killIngest() throws InterruptedException {
    ingest.kill();
  }

  void killQuery() throws InterruptedException {
    query.kill();
  }

  void startIngest() throws Exception {
    ingest = ServiceProcess.start("ingest-service", ingestEnv());
  }

  void startQuery() throws Exception {
    query = ServiceProcess.start("query-service", queryEnv());
  }

  /** SIGTERM to both at once, as an orchestrator stopping a deployment does; waits for both. */
  void terminateBoth() {
    CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> closeQuietly(ingest)),
            CompletableFuture.runAsync(() -> closeQuietly(query)))
        .join();
  }

  /**
   * Brings back whatever a failed fault left stopped: the broker, the database and both services.
   * Each step is a no-op when that part is running; failures here are added to the fault's.
   */
  void restoreAfterFailedFault(Throwable fault) {
    for (Step step :
        List.<Step>of(
            stack::startKafka,
            stack::startPostgres,
            () -> {
              if (!query.isAlive()) {
                startQuery();
              }
            },
            () -> {
              if (!ingest.isAlive()) {
                startIngest();
              }
            })) {
      try {
        step.run();
      } catch (Exception | Error e) {
        fault.addSuppressed(e);
      }
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private Map<String, String> commonEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.putAll(extraEnv);
    return env;
  }

  private Map<String, String> queryEnv() {
    Map<String, String> env = commonEnv();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
    env.put("DISPATCHLINE_READ_TOKEN", READ_TOKEN);
    env.put("DISPATCHLINE_STORE_RETRY_MAX", "1s");
    // The broker's smallest allowed session: a killed instance's partitions move on in 6 s.
    env.put("DISPATCHLINE_KAFKA_SESSION_TIMEOUT_MS", "6000");
    return env;
  }

  private Map<String, String> ingestEnv() {
    Map<String, String> env = commonEnv();
    env.put("INGEST_TOKEN", INGEST_TOKEN);
    // A stable transactional id, as one instance of a deployment keeps across restarts: the
    // restarted instance fences its killed predecessor and aborts its open transaction at once,
    // instead of read_committed consumers waiting for the transaction timeout.
    env.put("DISPATCHLINE_TRANSACTIONAL_ID", "reliability-ingest-0");
    return env;
  }

  /**
   * The stack's folder is deleted when it closes; its log (Kafka's and PostgreSQL's output, every
   * stop and start) is what explains a failed scenario, so a copy stays next to the report.
   */
  private void keepStackLog() {
    Path log = stack.dataDir().resolve("logs").resolve("stack.log");
    Path copy = SystemPaths.root().resolve("deploy/system-tests/target/reliability-stack.log");
    try {
      if (Files.exists(log)) {
        Files.copy(log, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      System.err.println("could not keep the stack's log " + log + ": " + e);
    }
  }

  private static void closeQuietly(ServiceProcess process) {
    try {
      if (process != null) {
        process.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closeQuietly(ingest);
    closeQuietly(query);
    keepStackLog();
    stack.close();
  }
}
