package io.dispatchline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local stack listens and keeps its data.
 *
 * @param kafkaPort the broker's PLAINTEXT port on 127.0.0.1
 * @param postgresPort PostgreSQL's port on 127.0.0.1
 * @param dataDir Kafka logs, the PostgreSQL cluster and the stack's log file; an existing stack in
 *     it is reused
 * @param ephemeral delete {@code dataDir} when the stack stops
 */
public record LocalStackConfig(int kafkaPort, int postgresPort, Path dataDir, boolean ephemeral) {

  public LocalStackConfig {
    requireValidPort(kafkaPort, "kafkaPort");
    requireValidPort(postgresPort, "postgresPort");
    if (kafkaPort == postgresPort) {
      throw new IllegalArgumentException("kafkaPort and postgresPort are both " + kafkaPort);
    }
    dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
  }

  /** Free random ports and a fresh temporary folder that is deleted on close. */
  public static LocalStackConfig forTests() {
    try (ServerSocket kafka = bindAnyFreePort();
        ServerSocket postgres = bindAnyFreePort()) {
      // Both sockets are held at once so the two ports differ; the stack binds them moments later.
      return new LocalStackConfig(
          kafka.getLocalPort(),
          postgres.getLocalPort(),
          Files.createTempDirectory("dispatchline-local-"),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare a local stack for tests", e);
    }
  }

  private static ServerSocket bindAnyFreePort() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return socket;
  }

  private static void requireValidPort(int port, String name) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
    }
  }
}
