package io.dispatchline.query.consume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.store.DispatchEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The consumer against the real broker and database: idempotence and dead letters. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DispatchConsumerTest {

  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void redeliveredRecordsOnTheTopicStoreOneRow() throws Exception {
    String id = Events.newId();
    String value = mapper.writeValueAsString(Events.dispatch(id, Events.newId(), 0, "Same body."));

    produce(
        new ProducerRecord<>(Topics.DISPATCHES, id, value),
        new ProducerRecord<>(Topics.DISPATCHES, id, value),
        new ProducerRecord<>(Topics.DISPATCHES, id, value));

    awaitStored(id);
    String marker = Events.newId();
    produce(
        new ProducerRecord<>(
            Topics.DISPATCHES,
            marker,
            mapper.writeValueAsString(Events.dispatch(marker, Events.newId(), 0, "Marker."))));
    // The marker comes after the repeats on the same partition: once it is stored, all are.
    awaitStored(marker);
    assertThat(rowsWithId(id)).isEqualTo(1);
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicWhileTheRecordsAroundThemAreStored() throws Exception {
    String before = Events.newId();
    String after = Events.newId();
    String notJson = Events.newId();
    String schemaInvalid = Events.newId();
    String yearZero = Events.newId();
    String nulByte = Events.newId();

    ObjectNode noBody =
        mapper.valueToTree(Events.dispatch(schemaInvalid, Events.newId(), 0, "Body."));
    noBody.remove("body");
    ObjectNode badDate = mapper.valueToTree(Events.dispatch(yearZero, Events.newId(), 0, "Body."));
    badDate.put("date", "0000-01-01");
    String withNul =
        mapper.writeValueAsString(
            Events.dispatch(nulByte, Events.newId(), 0, "Nul \u0000 inside."));

    produce(
        new ProducerRecord<>(Topics.DISPATCHES, before, json(before)),
        new ProducerRecord<>(Topics.DISPATCHES, notJson, "{not json"),
        new ProducerRecord<>(Topics.DISPATCHES, schemaInvalid, noBody.toString()),
        new ProducerRecord<>(Topics.DISPATCHES, yearZero, badDate.toString()),
        new ProducerRecord<>(Topics.DISPATCHES, nulByte, withNul),
        new ProducerRecord<>(Topics.DISPATCHES, after, json(after)));

    awaitStored(before);
    awaitStored(after);

    Map<String, ConsumerRecord<String, String>> dead =
        deadLetters(notJson, schemaInvalid, yearZero, nulByte);
    assertThat(reason(dead.get(notJson))).startsWith("not JSON");
    assertThat(reason(dead.get(schemaInvalid))).contains("schema").contains("body");
    assertThat(reason(dead.get(yearZero))).startsWith("rejected by the database");
    assertThat(reason(dead.get(nulByte))).startsWith("rejected by the database");
    for (ConsumerRecord<String, String> letter : dead.values()) {
      assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo(Topics.DISPATCHES);
      assertThat(header(letter, DeadLetters.PARTITION)).matches("\\d+");
      assertThat(header(letter, DeadLetters.OFFSET)).matches("\\d+");
    }
    assertThat(dead.get(notJson).value()).isEqualTo("{not json");
    for (String id : List.of(notJson, schemaInvalid, yearZero, nulByte)) {
      assertThat(rowsWithId(id)).isZero();
    }
  }

  @Test
  void aRecordWithHeadersThatLieIsReadByItsValueAndTheStreamGoesOn() throws Exception {
    // A null-valued CloudEvents header once made the connector's CloudEvents detection throw in
    // the deserializer: the channel failed and nothing after the record was ever stored.
    String poison = Events.newId();
    String valid = Events.newId();
    String after = Events.newId();
    ProducerRecord<String, String> nullHeader =
        new ProducerRecord<>(Topics.DISPATCHES, poison, "{not json");
    nullHeader.headers().add("ce_specversion", new byte[] {(byte) 0xff});
    nullHeader.headers().add("ce_id", null);
    ProducerRecord<String, String> validWithLies =
        new ProducerRecord<>(Topics.DISPATCHES, valid, json(valid));
    validWithLies.headers().add("ce_id", null);
    validWithLies.headers().add("content-type", "text/klingon".getBytes(StandardCharsets.UTF_8));

    produce(nullHeader, validWithLies, new ProducerRecord<>(Topics.DISPATCHES, after, json(after)));

    awaitStored(valid);
    awaitStored(after);
    assertThat(reason(deadLetters(poison).get(poison))).startsWith("not JSON");
  }

  @Test
  void metricsReportStoredDispatchesDeadLettersAndConsumerLag() throws Exception {
    String id = Events.newId();
    produce(new ProducerRecord<>(Topics.DISPATCHES, id, json(id)));
    awaitStored(id);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("dispatchline_dispatches_stored_total")
        .contains("dispatchline_batch_size")
        .contains("dispatchline_batch_duration_seconds")
        .contains("kafka_consumer_fetch_manager_records_lag");
  }

  private String json(String id) throws Exception {
    return mapper.writeValueAsString(Events.dispatch(id, Events.newId(), 0, "Body of " + id));
  }

  @SafeVarargs
  private void produce(ProducerRecord<String, String>... records) {
    try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
      companion.produce(Serdes.String(), Serdes.String()).fromRecords(records).awaitCompletion();
    }
  }

  private static void awaitStored(String id) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                QuarkusTransaction.requiringNew().call(() -> DispatchEntity.findById(id) != null));
  }

  private static long rowsWithId(String id) {
    return QuarkusTransaction.requiringNew().call(() -> DispatchEntity.count("id", id));
  }

  private Map<String, ConsumerRecord<String, String>> deadLetters(String... keys) {
    Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
    try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
      ConsumerTask<String, String> task =
          companion
              .consume(Serdes.String(), Serdes.String())
              .withGroupId("dlq-check-" + Events.newId())
              .withAutoCommit()
              .fromTopics(Topics.DISPATCHES_DLQ);
      try {
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> {
                  task.getRecords().forEach(r -> found.put(r.key(), r));
                  return found.keySet().containsAll(List.of(keys));
                });
      } finally {
        task.stop();
      }
    }
    return found;
  }

  private static String reason(ConsumerRecord<String, String> record) {
    return header(record, DeadLetters.REASON);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
