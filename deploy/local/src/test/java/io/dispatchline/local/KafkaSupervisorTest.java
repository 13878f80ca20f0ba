package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker runs in its own process and the stack starts it again when it exits by itself (as
 * Kafka does when its log folder fails): here it is killed with SIGKILL and must come back on the
 * same address without being asked.
 */
class KafkaSupervisorTest {

  @Test
  void backoffDoublesFromOneSecondUpToFifteen() {
    assertThat(
            List.of(1, 2, 3, 4, 5, 6, 30).stream()
                .map(LocalStackMain::restartBackoff)
                .map(Duration::toSeconds)
                .toList())
        .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
  }

  @Test
  void aBrokerThatDiesIsStartedAgainByTheStack() throws Exception {
    try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests())) {
      String dataDir = stack.dataDir().toString();
      ProcessHandle broker = brokerOf(dataDir).orElseThrow();
      send(stack, "before");

      broker.destroyForcibly();
      broker.onExit().get(30, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      Optional<ProcessHandle> again = Optional.empty();
      while (System.nanoTime() < deadline
          && (again.isEmpty() || again.get().pid() == broker.pid())) {
        Thread.sleep(200);
        again = brokerOf(dataDir);
      }
      assertThat(again).as("a new broker process").isPresent();
      assertThat(again.get().pid()).isNotEqualTo(broker.pid());
      // Same address, and it takes records again (the send waits while it is still starting).
      send(stack, "after");
      assertThat(stack.request("status", Duration.ofSeconds(10))).contains("kafka=running");
    }
  }

  private static Optional<ProcessHandle> brokerOf(String dataDir) {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(
            p -> {
              String line = commandLine(p);
              return line.contains(KafkaBrokerMain.class.getName()) && line.contains(dataDir);
            })
        .findFirst();
  }

  /** From /proc: ProcessHandle.Info leaves out the arguments of a long command line. */
  private static String commandLine(ProcessHandle p) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc", p.pid() + "", "cmdline"))
          .replace('\0', ' ');
    } catch (java.io.IOException | RuntimeException gone) {
      return "";
    }
  }

  private static void send(LocalStack stack, String value) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                90_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                90_000),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>("supervisor-test", value)).get(90, TimeUnit.SECONDS);
    }
  }
}
