package io.dispatchline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for a stack that restarts its servers, chosen <em>below</em> the kernel's ephemeral
 * range. A port the kernel hands out as the local end of outgoing connections can be taken while a
 * server is stopped: by any client's connection, or by a client retrying to connect to that very
 * port (on Linux it can then connect to itself, TCP simultaneous open). The server cannot bind it
 * again and the restart fails. Ports asked for with port 0 come from that range; these never do.
 */
final class StackPorts {

  private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final int LOWEST = 10_000;

  private StackPorts() {}

  /** {@code count} distinct free ports on 127.0.0.1, outside the ephemeral range if possible. */
  static List<Integer> free(int count) {
    int below = ephemeralLow();
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int attempt = 0; held.size() < count && attempt < 200; attempt++) {
        int port = below - LOWEST > 1000 ? ThreadLocalRandom.current().nextInt(LOWEST, below) : 0;
        try {
          held.add(bind(port)); // held until all are chosen, so they differ
        } catch (IOException taken) {
          // another try
        }
      }
      while (held.size() < count) {
        held.add(bind(0));
      }
      return held.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the local stack", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // it was only held
        }
      }
    }
  }

  /** The low end of {@code net.ipv4.ip_local_port_range}; Linux's default where unreadable. */
  static int ephemeralLow() {
    try {
      // readAllLines, not readString: procfs reports a size of 0, and readString then reads a
      // truncated value here ("3").
      return Integer.parseInt(Files.readAllLines(RANGE).get(0).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return 32_768;
    }
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
