package io.dispatchline.query.consume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The consumer side of the contract: the example event deserialises, is stored and served. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ContractExampleTest {

  static final Path EXAMPLE = Path.of("../docs/contract/dispatch-event.example.json");

  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void exampleEventDeserialisesIntoTheConsumerRecord() throws IOException {
    DispatchEvent event = mapper.readValue(Files.readString(EXAMPLE), DispatchEvent.class);
    JsonNode json = mapper.readTree(Files.readString(EXAMPLE));

    assertThat(event.id()).isEqualTo(json.get("id").asText());
    assertThat(event.date()).hasToString(json.get("date").asText());
    assertThat(event.mentions()).hasSize(json.get("mentions").size());
    assertThat(event.source().ingestedAt())
        .hasToString(json.get("source").get("ingestedAt").asText());
  }

  @Test
  void exampleEventOnTheTopicIsStoredAndServed() throws IOException {
    String value = Files.readString(EXAMPLE);
    JsonNode json = mapper.readTree(value);
    String id = json.get("id").asText();

    try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
      companion
          .produce(Serdes.String(), Serdes.String())
          .fromRecords(new ProducerRecord<>(Topics.DISPATCHES, id, value))
          .awaitCompletion();
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> given().get("/dispatches/{id}", id).then().statusCode(200));

    given()
        .get("/dispatches/{id}", id)
        .then()
        .statusCode(200)
        .body("headline", equalTo(json.get("headline").asText()))
        .body("located", equalTo("BISHKEK"))
        .body("agency", equalTo("Xinhua"))
        .body("date", equalTo("2023-10-26"))
        .body("body", equalTo(json.get("body").asText()))
        .body("mentions.name", equalTo(java.util.List.of("China", "Mongolia", "Li Qiang")))
        .body("source.name", equalTo(json.get("source").get("name").asText()));
  }
}
