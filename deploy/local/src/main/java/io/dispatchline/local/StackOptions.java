package io.dispatchline.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@link LocalStackMain}'s command line. Flags win over environment variables, which win over the
 * defaults (Kafka 9092, PostgreSQL 5432, data in {@code $DISPATCHLINE_HOME}).
 */
record StackOptions(
    int kafkaPort,
    int postgresPort,
    Path dataDir,
    boolean exitOnStdinEof,
    boolean deleteDataOnExit,
    PostgresDurability postgresDurability,
    boolean kafkaFlushEveryMessage) {

  static final String KAFKA_PORT_ENV = "DISPATCHLINE_KAFKA_PORT";
  static final String POSTGRES_PORT_ENV = "DISPATCHLINE_POSTGRES_PORT";
  static final String HOME_ENV = "DISPATCHLINE_HOME";

  static final String USAGE =
      """
      usage: LocalStackMain [--data-dir DIR] [--kafka-port N] [--postgres-port N]
                            [--exit-on-stdin-eof] [--delete-data-on-exit]
                            [--postgres-fast-unsafe] [--kafka-flush-every-message]
        --data-dir DIR         Kafka logs and the PostgreSQL cluster (default $DISPATCHLINE_HOME);
                               an existing stack there is reused
        --kafka-port N         default $DISPATCHLINE_KAFKA_PORT, else 9092
        --postgres-port N      default $DISPATCHLINE_POSTGRES_PORT, else 5432
        --exit-on-stdin-eof    stop when stdin closes (the process that started us is gone)
        --delete-data-on-exit  remove DIR after stopping
        --postgres-fast-unsafe PostgreSQL with fsync, synchronous_commit and full_page_writes
                               off (default $DISPATCHLINE_POSTGRES_FAST_UNSAFE, else false):
                               for throw-away test data only; a crash can lose or corrupt it
        --kafka-flush-every-message  the broker fsyncs every record before acknowledging it
                               (default $DISPATCHLINE_KAFKA_FLUSH_EVERY_MESSAGE, else false)
      """;

  static StackOptions parse(String[] args, Map<String, String> env) {
    String kafkaPort = env.getOrDefault(KAFKA_PORT_ENV, "9092");
    String postgresPort = env.getOrDefault(POSTGRES_PORT_ENV, "5432");
    String dataDir = env.get(HOME_ENV);
    boolean exitOnStdinEof = false;
    boolean deleteDataOnExit = false;
    PostgresDurability durability = PostgresDurability.fromEnv(env);
    boolean flush = Boolean.parseBoolean(env.getOrDefault(KafkaBroker.FLUSH_ENV, "false").trim());
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--kafka-port" -> kafkaPort = value(args, ++i);
        case "--postgres-port" -> postgresPort = value(args, ++i);
        case "--data-dir" -> dataDir = value(args, ++i);
        case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
        case "--delete-data-on-exit" -> deleteDataOnExit = true;
        case PostgresDurability.FLAG -> durability = PostgresDurability.FAST_UNSAFE_FOR_TESTS;
        case KafkaBroker.FLUSH_FLAG -> flush = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (dataDir == null || dataDir.isBlank()) {
      throw new IllegalArgumentException("no data folder: pass --data-dir or set " + HOME_ENV);
    }
    return new StackOptions(
        port(kafkaPort, KAFKA_PORT_ENV),
        port(postgresPort, POSTGRES_PORT_ENV),
        Path.of(dataDir).toAbsolutePath(),
        exitOnStdinEof,
        deleteDataOnExit,
        durability,
        flush);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static int port(String value, String envVar) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "not a port number: '" + value + "' (" + envVar + " or its flag)");
  }
}
