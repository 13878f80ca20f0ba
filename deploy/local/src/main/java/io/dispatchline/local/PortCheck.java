package io.dispatchline.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells, before anything starts, whether the ports we are about to listen on are free, so that a
 * clash gives one clear line instead of a stack trace from deep inside Kafka or PostgreSQL.
 *
 * <p>As a program ({@code deploy/local/run} uses it): arguments {@code PORT:ENV_VAR ...}; exit code
 * 2 and the message on stderr when one is taken.
 */
public final class PortCheck {

  /** Exit code for "a port is taken", shared with {@link LocalStackMain}. */
  static final int PORT_TAKEN = 2;

  /** A port and the environment variable that moves it elsewhere. */
  record Port(int number, String envVar) {}

  private PortCheck() {}

  /** The message for the first taken port, if any. */
  static Optional<String> firstTaken(List<Port> ports) {
    for (Port port : ports) {
      if (!isFree(port.number())) {
        return Optional.of(message(port));
      }
    }
    return Optional.empty();
  }

  static String message(Port port) {
    return "port "
        + port.number()
        + " is already in use: stop what is using it or set "
        + port.envVar()
        + "=<another port>";
  }

  /** Whether we could listen on 127.0.0.1:port (a wildcard listener on the port also blocks it). */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether something accepts TCP connections on 127.0.0.1:port right now. */
  static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Waits until nothing accepts connections on 127.0.0.1:port any more.
   *
   * @throws IllegalStateException if something still does after the timeout
   */
  static void awaitClosed(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (accepts(port)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "port " + port + " still accepts connections after " + timeout.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
  }

  public static void main(String[] args) {
    List<Port> ports = new ArrayList<>();
    for (String arg : args) {
      int colon = arg.indexOf(':');
      if (colon < 1) {
        System.err.println("usage: PortCheck PORT:ENV_VAR ...");
        System.exit(64);
      }
      String number = arg.substring(0, colon);
      String envVar = arg.substring(colon + 1);
      try {
        ports.add(new Port(Integer.parseInt(number), envVar));
      } catch (NumberFormatException e) {
        System.err.println("not a port number: '" + number + "' (" + envVar + ")");
        System.exit(PORT_TAKEN);
      }
    }
    Optional<String> taken = firstTaken(ports);
    if (taken.isPresent()) {
      System.err.println(taken.get());
      System.exit(PORT_TAKEN);
    }
  }
}
