package io.dispatchline.ingest.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.ingest.publish.ContractSchema;
import io.dispatchline.ingest.publish.Topics;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The documents topic: raw documents in, their dispatches out in the transaction that commits the
 * consumed offset; what cannot be processed goes to documents-dlq with the reason.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DocumentsTopicTest {

  static final String GROUP = "dispatchline-ingest";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void textDocumentOnTheTopicIsPublishedAsDispatchesExactlyOnce() throws Exception {
    String doc = TestDocuments.text("topic-" + UUID.randomUUID(), 3);
    String documentId = documentIdOf(doc, "text/plain");
    RecordMetadata sent =
        send("doc-key", doc.getBytes(StandardCharsets.UTF_8), Map.of("source", "wire/feed-1"));

    List<Rec> records = committedOf(documentId, 3);
    ContractSchema schema = new ContractSchema();
    assertThat(records).extracting(r -> r.json().path("sequence").asInt()).containsExactly(0, 1, 2);
    for (Rec record : records) {
      assertThat(schema.validate(record.json())).isEmpty();
      assertThat(record.json().path("source").path("type").asText()).isEqualTo("kafka");
      assertThat(record.json().path("source").path("name").asText()).isEqualTo("wire/feed-1");
      assertThat(record.headers()).containsEntry("ce_id", record.key()).containsKey("ce_type");
    }
    // The consumed offset was committed with the dispatches: the document is not done again.
    awaitCommittedPast(sent);
    Awaitility.await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> TopicReader.ofDocument(readAllCommitted(), documentId).size() == 3);
  }

  @Test
  void htmlDocumentWithContentTypeAndPublishedHeadersIsSplitAsHtml() {
    String html =
        "<html><body><nav>Home | Share</nav><h2>Quake shakes coast</h2><p>LIMA, Jan 5 (AP) —"
            + " A strong earthquake shook the coast on Friday, officials said. "
            + UUID.randomUUID()
            + "</p><footer>Copyright</footer></body></html>";
    String documentId = documentIdOf(html, "text/html");
    send(
        null,
        html.getBytes(StandardCharsets.UTF_8),
        Map.of("content-type", "text/html; charset=UTF-8", "published", "2024-01-06"));
    List<Rec> records = committedOf(documentId, 1);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).json().path("headline").asText()).isEqualTo("Quake shakes coast");
    assertThat(records.get(0).json().path("date").asText()).isEqualTo("2024-01-05");
  }

  @Test
  void documentsThatCannotBeProcessedGoToTheDeadLetterTopicWithTheReasonAndTheStreamGoesOn() {
    String run = UUID.randomUUID().toString();
    byte[] binary = ("binary " + run + " \u0000\u0001 data").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = ("Caf\u00e9 " + run).getBytes(StandardCharsets.ISO_8859_1);
    byte[] noDispatch =
        ("<html><body><nav>" + run + "</nav></body></html>").getBytes(StandardCharsets.UTF_8);
    byte[] pdf = ("%PDF-1.4 " + run).getBytes(StandardCharsets.UTF_8);
    byte[] empty = new byte[0];
    send("bin-" + run, binary, Map.of());
    send("latin1-" + run, latin1, Map.of());
    send("nodispatch-" + run, noDispatch, Map.of("content-type", "text/html"));
    send("pdf-" + run, pdf, Map.of("content-type", "application/pdf", "source", "a.pdf"));
    send("empty-" + run, empty, Map.of());
    String good = TestDocuments.text("after-dlq-" + run, 2);
    String goodId = documentIdOf(good, "text/plain");
    send("good-" + run, good.getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(committedOf(goodId, 2)).hasSize(2);
    List<Rec> dead =
        TopicReader.readUntil(
                bootstrap,
                Topics.DOCUMENTS_DLQ,
                TopicReader.READ_COMMITTED,
                read -> read.stream().filter(r -> isOfRun(r, run)).count() >= 5,
                Duration.ofSeconds(60))
            .stream()
            .filter(r -> isOfRun(r, run))
            .toList();
    assertThat(dead)
        .extracting(Rec::key)
        .containsExactly(
            "bin-" + run, "latin1-" + run, "nodispatch-" + run, "pdf-" + run, "empty-" + run);
    assertThat(dead)
        .extracting(r -> r.headers().get("dead-letter-cause"))
        .containsExactly(
            "not-text", "not-text", "no-dispatch", "unsupported-content-type", "empty-document");
    assertThat(dead.get(0).headers().get("dead-letter-reason")).contains("binary");
    assertThat(dead.get(1).headers().get("dead-letter-reason")).contains("not valid UTF-8");
    assertThat(dead.get(2).headers().get("dead-letter-reason")).contains("no article or dispatch");
    for (Rec record : dead) {
      assertThat(record.headers())
          .containsEntry("dead-letter-topic", Topics.DOCUMENTS)
          .containsKey("dead-letter-partition")
          .containsKey("dead-letter-offset")
          .doesNotContainKey("ce_id");
    }
    assertThat(dead.get(0).value()).isEqualTo(binary);
    assertThat(dead.get(3).headers()).containsEntry("source", "a.pdf");
  }

  @Test
  void recordsWithNullHeaderValuesAndSourcesWithControlCharactersDoNotStopTheStream() {
    // A null-valued ce_* header once made the connector's CloudEvents detection throw in the
    // deserializer, which failed the channel: no document after it was ever processed.
    String run = UUID.randomUUID().toString();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      ProducerRecord<byte[], byte[]> lying =
          new ProducerRecord<>(
              Topics.DOCUMENTS,
              ("nullheader-" + run).getBytes(StandardCharsets.UTF_8),
              ("binary \u0000 " + run).getBytes(StandardCharsets.UTF_8));
      lying.headers().add("ce_id", null);
      lying.headers().add("ce_specversion", new byte[] {(byte) 0xff});
      producer.send(lying).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    String doc = TestDocuments.text("nul-source-" + run, 1);
    send("nulsource-" + run, doc.getBytes(StandardCharsets.UTF_8), Map.of("source", "a\u0000b"));
    String good = TestDocuments.text("after-null-header-" + run, 2);
    send("good-" + run, good.getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(committedOf(documentIdOf(good, "text/plain"), 2)).hasSize(2);
    List<Rec> dead =
        TopicReader.readUntil(
                bootstrap,
                Topics.DOCUMENTS_DLQ,
                TopicReader.READ_COMMITTED,
                read -> read.stream().filter(r -> isOfRun(r, run)).count() >= 2,
                Duration.ofSeconds(60))
            .stream()
            .filter(r -> isOfRun(r, run))
            .toList();
    assertThat(dead)
        .extracting(r -> r.headers().get("dead-letter-cause"))
        .containsExactly("not-text", "bad-parameter");
  }

  private static boolean isOfRun(Rec record, String run) {
    return record.key() != null && record.key().endsWith(run);
  }

  private String documentIdOf(String doc, String type) {
    return given()
        .contentType(type + "; charset=UTF-8")
        .body(doc)
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .extract()
        .path("documentId");
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private RecordMetadata send(String key, byte[] value, Map<String, String> headers) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      ProducerRecord<byte[], byte[]> record =
          new ProducerRecord<>(
              Topics.DOCUMENTS, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
      headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
      return producer.send(record).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<Rec> committedOf(String documentId, int count) {
    return TopicReader.ofDocument(
        TopicReader.readUntil(
            bootstrap,
            Topics.DISPATCHES,
            TopicReader.READ_COMMITTED,
            r -> TopicReader.ofDocument(r, documentId).size() >= count,
            Duration.ofSeconds(60)),
        documentId);
  }

  private List<Rec> readAllCommitted() {
    return TopicReader.readAll(bootstrap, Topics.DISPATCHES, TopicReader.READ_COMMITTED);
  }

  private void awaitCommittedPast(RecordMetadata sent) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
    try (Admin admin = Admin.create(props)) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                OffsetAndMetadata committed =
                    admin
                        .listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > sent.offset();
              });
    }
  }
}
