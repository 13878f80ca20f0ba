package io.dispatchline.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the contract: the seed's dispatches reach the topic keyed by id, with
 * CloudEvents headers, and every value validates against the JSON Schema.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SeedIsPublishedAsContractEventsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject ObjectMapper mapper;

  @Test
  void seedDispatchesReachTheTopicKeyedWithCloudEventHeadersAndValidate() throws Exception {
    List<ConsumerRecord<String, String>> records = readCommitted(9);
    ContractSchema schema = new ContractSchema();

    assertThat(records).hasSize(9);
    for (ConsumerRecord<String, String> record : records) {
      JsonNode value = mapper.readTree(record.value());
      assertThat(schema.validate(value)).as("schema violations of %s", record.key()).isEmpty();
      assertThat(record.key()).isEqualTo(value.get("id").asText());

      Map<String, String> headers = headers(record);
      assertThat(headers)
          .containsEntry("ce_specversion", "1.0")
          .containsEntry("ce_id", record.key())
          .containsEntry("ce_type", DispatchPublisher.EVENT_TYPE)
          .containsEntry("ce_source", "/documents/" + value.get("documentId").asText())
          .containsKey("ce_time");
      assertThat(headers.get("content-type")).startsWith("application/json");
    }
    List<String> kinds = records.stream().map(r -> kindOf(r)).toList();
    assertThat(kinds)
        .containsExactly(
            "article",
            "dispatch",
            "dispatch",
            "dispatch",
            "dispatch",
            "dispatch",
            "dispatch",
            "dispatch",
            "dispatch");
  }

  @Test
  void contractExampleValidatesAgainstTheSchema() throws Exception {
    JsonNode example = mapper.readTree(Files.readString(ContractSchema.EXAMPLE));
    assertThat(new ContractSchema().validate(example)).isEmpty();
  }

  @Test
  void schemaRejectsAnEventWithoutABody() throws Exception {
    var example =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            mapper.readTree(Files.readString(ContractSchema.EXAMPLE));
    example.remove("body");
    assertThat(new ContractSchema().validate(example)).isNotEmpty();
  }

  private String kindOf(ConsumerRecord<String, String> record) {
    try {
      return mapper.readTree(record.value()).get("kind").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The first {@code count} seed records: other tests publish other documents meanwhile. */
  private List<ConsumerRecord<String, String>> readCommitted(int count) {
    List<TopicReader.Rec> seeds =
        TopicReader.readUntil(
                bootstrap,
                Topics.DISPATCHES,
                TopicReader.READ_COMMITTED,
                read -> read.stream().filter(r -> isSeed(r)).count() >= count,
                Duration.ofSeconds(60))
            .stream()
            .filter(r -> isSeed(r))
            .limit(count)
            .toList();
    return seeds.stream()
        .map(
            r -> {
              var record =
                  new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(), r.text());
              r.headers()
                  .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
              return record;
            })
        .toList();
  }

  private static boolean isSeed(TopicReader.Rec record) {
    return record.json().path("source").path("name").asText("").startsWith("seeds/");
  }

  private static Map<String, String> headers(ConsumerRecord<String, String> record) {
    return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
        .collect(
            Collectors.toMap(
                Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
  }
}
