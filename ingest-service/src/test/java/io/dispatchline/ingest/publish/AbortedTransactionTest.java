package io.dispatchline.ingest.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.local.LocalStackTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  @Inject MeterRegistry registry;

  @Test
  void transactionFailingMidDocumentAnswers503AndLeavesNothingVisibleToReadCommitted()
      throws Exception {
    createSmallRecordsTopic();
    String run = UUID.randomUUID().toString();
    String doc = withRecordTooLarge(TestDocuments.text("aborted-" + run, 3));
    String documentId = previewId(doc, 4);

    post(doc)
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
    String nextId = post(next).then().statusCode(202).extract().path("documentId");
    assertThat(
            TopicReader.ofDocument(
                TopicReader.readAll(bootstrap, TOPIC, TopicReader.READ_COMMITTED), nextId))
        .hasSize(2);
  }

  @Test
  void aDocumentTheBrokerRefusesFailsAloneWhileDocumentsSharingItsTransactionArePublished()
      throws Exception {
    createSmallRecordsTopic();
    // A burst forms a group behind the first transaction; the refused document is in it unless it
    // happened to go first, alone. Bursts repeat (at most 5) until it has shared a transaction.
    for (int burst = 0; burst < 5 && groupRetries() == 0; burst++) {
      sendBurstWithOneRefusedDocument();
    }
    assertThat(groupRetries())
        .as("failed groups published again document by document")
        .isGreaterThanOrEqualTo(1);
  }

  private double groupRetries() {
    return registry.counter("dispatchline.ingest.publish.group-retries").count();
  }

  /** 12 good documents and one the broker refuses, sent at once; checks each one's outcome. */
  private void sendBurstWithOneRefusedDocument() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(TestDocuments.text("grouped-" + i + "-" + run, 2));
    }
    String refused = withRecordTooLarge(TestDocuments.text("grouped-refused-" + run, 1));
    String refusedId = previewId(refused, 2);
    all.add(6, refused);

    ExecutorService uploaders = Executors.newFixedThreadPool(all.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Response>> answers = new ArrayList<>();
    for (String doc : all) {
      answers.add(uploaders.submit(() -> upload(doc, go)));
    }
    go.countDown();
    Map<String, Integer> statusByDocument = new HashMap<>();
    List<String> goodIds = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Response r = answers.get(i).get(60, TimeUnit.SECONDS);
      boolean isRefused = all.get(i) == refused;
      String id = isRefused ? refusedId : r.path("documentId");
      statusByDocument.put(id, r.statusCode());
      if (!isRefused) {
        goodIds.add(id);
      }
    }
    uploaders.shutdown();

    assertThat(statusByDocument).containsEntry(refusedId, 503);
    assertThat(goodIds)
        .hasSize(12)
        .allSatisfy(id -> assertThat(statusByDocument).containsEntry(id, 202));
    List<Rec> committed = TopicReader.readAll(bootstrap, TOPIC, TopicReader.READ_COMMITTED);
    assertThat(TopicReader.ofDocument(committed, refusedId)).isEmpty();
    for (String id : goodIds) {
      assertThat(TopicReader.ofDocument(committed, id)).as("document " + id).hasSize(2);
    }
  }

  private static Response upload(String doc, CountDownLatch go) throws InterruptedException {
    go.await();
    return post(doc);
  }

  private static Response post(String doc) {
    return given()
        .header("Authorization", "Bearer test-token")
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents")
        .andReturn();
  }

  /** The document plus a last dispatch over the topic's 3000-byte record limit. */
  private static String withRecordTooLarge(String document) {
    return document
        + "Long speech ends talks\n\nGENEVA, March 9 (Reuters) - "
        + "The minister spoke at length about the accord and its many parts. ".repeat(80)
        + "\n";
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
