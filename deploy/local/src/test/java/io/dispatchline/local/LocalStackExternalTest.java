package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackExternalTest {

  @Test
  void bothVariablesSetMeansExternalServicesAndNothingStarted() {
    LocalStack stack =
        LocalStack.external(
                Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/x",
                    "QUARKUS_DATASOURCE_USERNAME", "u",
                    "QUARKUS_DATASOURCE_PASSWORD", "p"))
            .orElseThrow();

    assertThat(stack.external()).isTrue();
    assertThat(stack.kafkaBootstrapServers()).isEqualTo("kafka:9092");
    assertThat(stack.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/x");
    assertThat(stack.username()).isEqualTo("u");
    assertThat(stack.password()).isEqualTo("p");
    assertThat(stack.dataDir()).isNull();
    stack.close(); // nothing to stop
  }

  @Test
  void noVariablesMeansStartALocalStack() {
    assertThat(LocalStack.external(Map.of())).isEmpty();
  }

  @Test
  void onlyOneVariableIsAMistakeNotASilentLocalStack() {
    assertThatThrownBy(() -> LocalStack.external(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")))
        .hasMessageContaining("QUARKUS_DATASOURCE_JDBC_URL");
  }
}
