package io.dispatchline.ingest.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A transaction that fails in the middle of a document, for real: the topic takes records of at
 * most 3000 bytes, the document's last dispatch is larger, so the broker refuses it after the first
 * dispatches were written. The caller gets 503; read_uncommitted shows the written part,
 * read_committed shows nothing of the document.
 */
@QuarkusTest
@TestProfile(AbortedTransactionTest.SmallRecordsTopic.class)
@WithTestResource(LocalStackTestResource.class)
class AbortedTransactionTest {

  static final String TOPIC = "dispatches-small-records";

  /** Publishes to a topic with a small max.message.bytes, one record per producer batch. */
  public static class SmallRecordsTopic implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "mp.messaging.outgoing.dispatches.topic", TOPIC,
          "mp.messaging.outgoing.dispatches.batch.size", "64",
          "mp.messaging.outgoing.dispatches.linger.ms", "0",
          "dispatchline.publish.max-event-bytes", "100000000",
          "dispatchline.seeds.dir", "",
          "dispatchline.inbox.dir", "",
          "mp.messaging.incoming.documents.enabled", "false");
    }
  }

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void transactionFailingMidDocumentAnswers503AndLeavesNothingVisibleToReadCommitted()
      throws Exception {
    createSmallRecordsTopic();
    String run = UUID.randomUUID().toString();
    String doc =
        TestDocuments.text("aborted-" + run, 3)
            + "Long speech ends talks\n\nGENEVA, March 9 (Reuters) - "
            + "The minister spoke at length about the accord and its many parts. ".repeat(80)
            + "\n";
    String documentId = previewId(doc, 4);

    given()
        .header("Authorization", "Bearer test-token")
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("detail", containsString("nothing of the document is visible"));

    List<Rec> uncommitted =
        TopicReader.ofDocument(
            TopicReader.readAll(bootstrap, TOPIC, TopicReader.READ_UNCOMMITTED), documentId);
    List<Rec> committed =
        TopicReader.ofDocument(
            TopicReader.readAll(bootstrap, TOPIC, TopicReader.READ_COMMITTED), documentId);
    assertThat(uncommitted).as("written before the failure, then aborted").isNotEmpty();
    assertThat(uncommitted).extracting(r -> r.json().path("sequence").asInt()).doesNotContain(3);
    assertThat(committed).as("visible to read_committed").isEmpty();

    // The producer is usable again: the next document is published whole.
    String next = TestDocuments.text("after-abort-" + run, 2);
    String nextId =
        given()
            .header("Authorization", "Bearer test-token")
            .contentType("text/plain; charset=UTF-8")
            .body(next)
            .post("/documents")
            .then()
            .statusCode(202)
            .extract()
            .path("documentId");
    assertThat(
            TopicReader.ofDocument(
                TopicReader.readAll(bootstrap, TOPIC, TopicReader.READ_COMMITTED), nextId))
        .hasSize(2);
  }

  private void createSmallRecordsTopic() throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(TOPIC, 1, (short) 1).configs(Map.of("max.message.bytes", "3000"))))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private static String previewId(String doc, int count) {
    return given()
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .body("count", org.hamcrest.Matchers.equalTo(count))
        .extract()
        .path("documentId");
  }
}
