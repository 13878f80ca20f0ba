package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackPortsTest {

  @Test
  void testStacksGetDistinctFreePortsBelowTheEphemeralRange() {
    int low = StackPorts.ephemeralLow();
    for (int i = 0; i < 20; i++) {
      LocalStackConfig config = LocalStackConfig.forTests();
      assertThat(List.of(config.kafkaPort(), config.postgresPort()))
          .doesNotHaveDuplicates()
          .allSatisfy(port -> assertThat(port).isBetween(10_000, low - 1))
          .allSatisfy(port -> assertThat(PortCheck.isFree(port)).isTrue());
      Folders.deleteRecursively(config.dataDir());
    }
  }
}
