package io.dispatchline.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The Kafka broker of the local stack in a JVM of its own, started and supervised by {@link
 * KafkaProcess}. Kafka halts the whole process when it cannot write its only log folder (a full or
 * failed disk): in its own JVM that takes only the broker down, and the stack starts it again.
 *
 * <p>Arguments: {@code <kafka-dir> <port> <controller-port> <flush-every-message>}. SIGTERM is a
 * controlled shutdown; the end of stdin (the stack has gone) stops it too. Exit code 0 after a
 * requested stop, 1 when the broker stopped by itself or could not start.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {}

  public static void main(String[] args) {
    KafkaBroker broker;
    try {
      broker =
          KafkaBroker.start(
              Path.of(args[0]),
              Integer.parseInt(args[1]),
              Integer.parseInt(args[2]),
              Boolean.parseBoolean(args[3]));
    } catch (Exception e) {
      System.err.println("dispatchline-local: the Kafka broker did not start: " + e);
      e.printStackTrace();
      Runtime.getRuntime().halt(1); // Kafka's threads are not daemons: do not wait for them
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "dispatchline-kafka-stop"));
    Thread stdin =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() >= 0) {
                  // nothing is sent; only the end matters
                }
              } catch (IOException e) {
                // a broken pipe means the same as EOF
              }
              System.exit(0);
            },
            "dispatchline-kafka-stdin");
    stdin.setDaemon(true);
    stdin.start();
    broker.awaitShutdown();
    if (!broker.closeRequested()) {
      System.err.println("dispatchline-local: the Kafka broker stopped by itself");
      Runtime.getRuntime().halt(1);
    }
  }
}
