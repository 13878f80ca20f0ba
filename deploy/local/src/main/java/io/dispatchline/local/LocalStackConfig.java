package io.dispatchline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the local stack listens and keeps its data.
 *
 * @param kafkaPort the broker's PLAINTEXT port on 127.0.0.1
 * @param postgresPort PostgreSQL's port on 127.0.0.1
 * @param dataDir Kafka logs, the PostgreSQL cluster and the stack's log file; an existing stack in
 *     it is reused
 * @param ephemeral delete {@code dataDir} when the stack stops
 * @param postgresDurability {@link PostgresDurability#DURABLE} unless a test asks for speed
 */
public record LocalStackConfig(
    int kafkaPort,
    int postgresPort,
    Path dataDir,
    boolean ephemeral,
    PostgresDurability postgresDurability) {

  /** A durable stack. */
  public LocalStackConfig(int kafkaPort, int postgresPort, Path dataDir, boolean ephemeral) {
    this(kafkaPort, postgresPort, dataDir, ephemeral, PostgresDurability.DURABLE);
  }

  public LocalStackConfig {
    requireValidPort(kafkaPort, "kafkaPort");
    requireValidPort(postgresPort, "postgresPort");
    if (kafkaPort == postgresPort) {
      throw new IllegalArgumentException("kafkaPort and postgresPort are both " + kafkaPort);
    }
    dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
    Objects.requireNonNull(postgresDurability, "postgresDurability");
  }

  /** The same stack with PostgreSQL's fsync, synchronous commit and full-page writes off. */
  public LocalStackConfig withFastUnsafePostgres() {
    return new LocalStackConfig(
        kafkaPort, postgresPort, dataDir, ephemeral, PostgresDurability.FAST_UNSAFE_FOR_TESTS);
  }

  /**
   * Free random ports (below the kernel's ephemeral range, see {@link StackPorts}) and a fresh
   * temporary folder that is deleted on close; PostgreSQL durable unless {@code
   * DISPATCHLINE_POSTGRES_FAST_UNSAFE=true}.
   */
  public static LocalStackConfig forTests() {
    try {
      List<Integer> ports = StackPorts.free(2);
      return new LocalStackConfig(
          ports.get(0),
          ports.get(1),
          Files.createTempDirectory("dispatchline-local-"),
          true,
          PostgresDurability.fromEnv(System.getenv()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare a local stack for tests", e);
    }
  }

  private static void requireValidPort(int port, String name) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
    }
  }
}
