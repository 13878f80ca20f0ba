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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The drop folder (target/test-inbox in tests, scanned every 300 ms). */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DropFolderTest {

  static final Path INBOX = Path.of("target/test-inbox");
  static final Path PROCESSED = INBOX.resolve("processed");
  static final Path FAILED = INBOX.resolve("failed");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void fileDroppedIntoTheInboxIsPublishedAndMovedToProcessed() throws Exception {
    String name = "dropped-" + UUID.randomUUID() + ".txt";
    String doc = TestDocuments.text(name, 3);
    // The safe way to drop a file: write it under a .part name, then rename it.
    Path part = Files.writeString(INBOX.resolve(name + ".part"), doc);
    Files.move(part, INBOX.resolve(name));

    awaitFile(PROCESSED.resolve(name));
    assertThat(INBOX.resolve(name)).doesNotExist();
    assertThat(Files.readString(PROCESSED.resolve(name))).isEqualTo(doc);
    List<Rec> records = committedOf(documentIdOf(doc), 3);
    assertThat(records).hasSize(3);
    ContractSchema schema = new ContractSchema();
    for (Rec record : records) {
      assertThat(schema.validate(record.json())).isEmpty();
      assertThat(record.json().path("source").path("type").asText()).isEqualTo("file");
      assertThat(record.json().path("source").path("name").asText()).isEqualTo("inbox/" + name);
    }
  }

  @Test
  void htmlAndJsonFilesAreReadAsTheirKind() throws Exception {
    String run = UUID.randomUUID().toString();
    String html =
        "<html><body><h1>Port reopens</h1><p>DOHA, Nov 29: The port reopened on Wednesday, its"
            + " operator said. "
            + run
            + "</p></body></html>";
    Files.writeString(INBOX.resolve("page-" + run + ".html"), html);
    Files.writeString(
        INBOX.resolve("doc-" + run + ".json"),
        "{\"text\": \"" + TestDocuments.text(run, 1).replace("\n", "\\n") + "\"}");
    awaitFile(PROCESSED.resolve("page-" + run + ".html"));
    awaitFile(PROCESSED.resolve("doc-" + run + ".json"));
  }

  @Test
  void fileThatCannotBeIngestedGoesToFailedWithAnErrorFileSayingWhy() throws Exception {
    String run = UUID.randomUUID().toString();
    byte[] binary = ("binary " + run + " \u0000\u0001").getBytes(StandardCharsets.UTF_8);
    Files.write(INBOX.resolve("binary-" + run + ".txt"), binary);
    Files.write(
        INBOX.resolve("latin1-" + run + ".txt"),
        ("Caf\u00e9 " + run).getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(INBOX.resolve("empty-" + run + ".txt"), "");
    Files.writeString(
        INBOX.resolve("chrome-" + run + ".html"), "<html><body><nav>Home</nav></body></html>");
    Files.writeString(INBOX.resolve("broken-" + run + ".json"), "{\"text\": ");

    assertFailed("binary-" + run + ".txt", "binary");
    assertFailed("latin1-" + run + ".txt", "not valid UTF-8");
    assertFailed("empty-" + run + ".txt", "empty");
    assertFailed("chrome-" + run + ".html", "no article or dispatch");
    assertFailed("broken-" + run + ".json", "not valid JSON");
    assertThat(Files.readAllBytes(FAILED.resolve("binary-" + run + ".txt"))).isEqualTo(binary);
  }

  @Test
  void fileStillBeingWrittenIsNotTakenUntilItStopsGrowing() throws Exception {
    String name = "growing-" + UUID.randomUUID() + ".txt";
    String doc = TestDocuments.text(name, 6);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    Path file = INBOX.resolve(name);
    int chunk = bytes.length / 20 + 1;
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < bytes.length; i += chunk) {
        out.write(bytes, i, Math.min(chunk, bytes.length - i));
        out.flush();
        Thread.sleep(100); // grows for about 2 s, across several 300 ms scans
        assertThat(PROCESSED.resolve(name)).doesNotExist();
        assertThat(FAILED.resolve(name)).doesNotExist();
      }
    }
    awaitFile(PROCESSED.resolve(name));
    // Taken whole: all six dispatches, not the part written at the first scan.
    assertThat(committedOf(documentIdOf(doc), 6)).hasSize(6);
  }

  @Test
  void partAndHiddenFilesAreNeverTaken() throws Exception {
    String run = UUID.randomUUID().toString();
    Path part = Files.writeString(INBOX.resolve("upload-" + run + ".txt.part"), "x");
    Path hidden = Files.writeString(INBOX.resolve(".hidden-" + run + ".txt"), "x");
    Path marker = Files.writeString(INBOX.resolve("marker-" + run + ".txt"), "");
    awaitFile(FAILED.resolve("marker-" + run + ".txt")); // several scans have passed
    // Several more scans pass; neither file may be taken during them.
    Awaitility.await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> Files.exists(part) && Files.exists(hidden));
    Files.delete(part);
    Files.delete(hidden);
    assertThat(marker).doesNotExist();
  }

  @Test
  void batchOfFiftyFilesIsIngestedWholeEachOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> names = new ArrayList<>();
    List<String> documentIds = new ArrayList<>();
    Path staging = Files.createDirectories(Path.of("target/test-staging-" + run));
    for (int i = 0; i < 50; i++) {
      String name = String.format("batch-%s-%02d.txt", run, i);
      String doc = TestDocuments.text(name, 2);
      Files.writeString(staging.resolve(name), doc);
      names.add(name);
      documentIds.add(documentIdOf(doc));
    }
    for (String name : names) {
      Files.move(staging.resolve(name), INBOX.resolve(name));
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> names.stream().allMatch(n -> Files.exists(PROCESSED.resolve(n))));
    List<Rec> all =
        TopicReader.readUntil(
            bootstrap,
            Topics.DISPATCHES,
            TopicReader.READ_COMMITTED,
            read -> documentIds.stream().allMatch(d -> TopicReader.ofDocument(read, d).size() >= 2),
            Duration.ofSeconds(60));
    for (String documentId : documentIds) {
      assertThat(TopicReader.ofDocument(all, documentId)).hasSize(2);
    }
  }

  private void assertFailed(String name, String reason) throws IOException {
    awaitFile(FAILED.resolve(name + ".error.txt"));
    assertThat(FAILED.resolve(name)).exists();
    assertThat(INBOX.resolve(name)).doesNotExist();
    assertThat(Files.readString(FAILED.resolve(name + ".error.txt")))
        .startsWith(name + " was not ingested")
        .contains(reason);
  }

  private static void awaitFile(Path file) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
  }

  private static String documentIdOf(String doc) {
    return given()
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .extract()
        .path("documentId");
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
}
