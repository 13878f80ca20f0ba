package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** {@code DISPATCHLINE_KAFKA_FLUSH_EVERY_MESSAGE=true}: the broker fsyncs every record. */
class KafkaFlushSettingTest {

  @Test
  void flushEveryMessageIsOffByDefaultAndOnWhenAskedFor() {
    String[] runArgs = {"--data-dir", "/tmp/x"};
    assertThat(StackOptions.parse(runArgs, Map.of()).kafkaFlushEveryMessage()).isFalse();
    assertThat(
            StackOptions.parse(runArgs, Map.of(KafkaBroker.FLUSH_ENV, "true"))
                .kafkaFlushEveryMessage())
        .isTrue();
    assertThat(
            StackOptions.parse(new String[] {"--data-dir", "/x", KafkaBroker.FLUSH_FLAG}, Map.of())
                .kafkaFlushEveryMessage())
        .isTrue();
    assertThat(KafkaBroker.serverProperties(Path.of("/x"), 1, 2, false))
        .doesNotContainKey(KafkaBroker.FLUSH_INTERVAL_MESSAGES);
  }

  @Test
  void theRunningBrokerReportsLogFlushIntervalMessagesOfOne() throws Exception {
    Path dir = Files.createTempDirectory("kafka-flush-test-");
    int port = freePort();
    try (KafkaBroker broker = KafkaBroker.start(dir, port, freePort(), true);
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
      Config config = admin.describeConfigs(List.of(node)).all().get().get(node);
      assertThat(config.get(KafkaBroker.FLUSH_INTERVAL_MESSAGES).value()).isEqualTo("1");
      assertThat(Files.readString(dir.resolve("server.properties")))
          .contains("log.flush.interval.messages=1");
    } finally {
      Folders.deleteRecursively(dir);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }
}
