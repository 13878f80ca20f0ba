package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LocalStackPortInUseTest {

  @Test
  void takenKafkaPortFailsFastNamingThePortAndTheVariableToChange() throws IOException {
    LocalStackConfig free = LocalStackConfig.forTests();
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int taken = squatter.getLocalPort();
      LocalStackConfig config =
          new LocalStackConfig(taken, free.postgresPort(), free.dataDir(), true);

      assertThatThrownBy(() -> LocalStack.start(config))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "the local stack did not start: port "
                  + taken
                  + " is already in use: stop what is using it or set DISPATCHLINE_KAFKA_PORT=")
          .hasMessageContaining("(exit code 2)")
          .hasMessageNotContaining("Exception");
    }
    assertThat(free.dataDir()).doesNotExist();
  }
}
