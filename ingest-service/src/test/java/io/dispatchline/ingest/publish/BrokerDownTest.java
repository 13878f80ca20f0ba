package io.dispatchline.ingest.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped for real: uploads answer 503 with Retry-After and leave nothing on the topic, a
 * dropped file waits in the inbox; once Kafka is back both go through, each exactly once.
 */
@QuarkusTest
@WithTestResource(RestartableStackResource.class)
class BrokerDownTest {

  static final Path INBOX = Path.of(RestartableStackResource.INBOX);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void whileKafkaIsDownUploadsAnswer503AndDroppedFilesWaitThenBothGoThroughOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    String before = TestDocuments.text("before-" + run, 2);
    String during = TestDocuments.text("during-" + run, 3);
    String dropped = TestDocuments.text("dropped-" + run, 2);
    String beforeId = upload(before, 202);

    RestartableStackResource.stopKafka();
    long start = System.nanoTime();
    given()
        .header("Authorization", "Bearer test-token")
        .contentType("text/plain; charset=UTF-8")
        .body(during)
        .post("/documents")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("type", containsString("broker-unavailable"))
        .body("detail", containsString("nothing of the document is visible"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

    Path file = INBOX.resolve("dropped-" + run + ".txt");
    Files.writeString(file, dropped);
    // Several scans, each failing to publish: the file stays put, neither done nor failed.
    Path failed = INBOX.resolve("failed").resolve(file.getFileName());
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> Files.exists(file) && !Files.exists(failed));

    RestartableStackResource.startKafka();
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> Files.exists(INBOX.resolve("processed").resolve(file.getFileName())));
    String duringId =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> tryUpload(during), id -> id != null);

    String droppedId = previewId(dropped);
    for (String isolation : List.of(TopicReader.READ_COMMITTED, TopicReader.READ_UNCOMMITTED)) {
      List<Rec> all = TopicReader.readAll(bootstrap, Topics.DISPATCHES, isolation);
      assertThat(TopicReader.ofDocument(all, beforeId)).as(isolation).hasSize(2);
      assertThat(TopicReader.ofDocument(all, duringId)).as(isolation).hasSize(3);
      assertThat(TopicReader.ofDocument(all, droppedId)).as(isolation).hasSize(2);
    }
  }

  private static String upload(String doc, int status) {
    return given()
        .header("Authorization", "Bearer test-token")
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents")
        .then()
        .statusCode(status)
        .body("documentId", notNullValue())
        .extract()
        .path("documentId");
  }

  private static String tryUpload(String doc) {
    var response =
        given()
            .header("Authorization", "Bearer test-token")
            .contentType("text/plain; charset=UTF-8")
            .body(doc)
            .post("/documents");
    return response.statusCode() == 202 ? response.path("documentId") : null;
  }

  private static String previewId(String doc) {
    return given()
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .extract()
        .path("documentId");
  }
}
