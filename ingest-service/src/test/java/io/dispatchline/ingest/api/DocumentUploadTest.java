package io.dispatchline.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.ingest.TopicReader;
import io.dispatchline.ingest.TopicReader.Rec;
import io.dispatchline.ingest.publish.ContractSchema;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.publish.Topics;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** POST /documents: authenticated uploads, published whole in one transaction, or a clear 4xx. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DocumentUploadTest {

  static final String TOKEN = "test-token";
  static final Path SEED = Path.of("../seeds/000_46777cb8c7ebe838.txt");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @TestHTTPResource("/documents")
  URI documents;

  @Test
  void uploadAnswers202WithTheDocumentIdAndItsDispatchesIdsAndHeadlines() throws Exception {
    JsonPath answer =
        upload()
            .contentType("text/plain; charset=UTF-8")
            .queryParam("source", "my-upload.txt")
            .body(Files.readString(SEED))
            .post("/documents")
            .then()
            .statusCode(202)
            .contentType("application/json")
            .body("documentId", matchesPattern("[0-9a-f]{32}"))
            .body("count", equalTo(9))
            .body("dispatches", hasSize(9))
            .body("dispatches[0].kind", equalTo("article"))
            .body("dispatches[1].headline", containsString("Regional affairs"))
            .extract()
            .jsonPath();

    String documentId = answer.getString("documentId");
    List<String> ids = answer.getList("dispatches.id");
    List<Rec> published =
        committedOf(documentId, 9).stream()
            .filter(r -> r.json().path("source").path("name").asText().equals("my-upload.txt"))
            .toList();
    assertThat(published).extracting(Rec::key).containsExactlyElementsOf(ids);
    ContractSchema schema = new ContractSchema();
    for (Rec record : published) {
      assertThat(schema.validate(record.json())).as("schema violations").isEmpty();
      assertThat(record.json().path("source").path("type").asText()).isEqualTo("http");
      assertThat(record.json().path("source").path("name").asText()).isEqualTo("my-upload.txt");
      assertThat(record.headers())
          .containsEntry("ce_id", record.key())
          .containsEntry("ce_type", DispatchPublisher.EVENT_TYPE)
          .containsEntry("ce_source", "/documents/" + documentId);
    }
  }

  @Test
  void uploadingTheSameDocumentAgainGivesTheSameIds() {
    String doc = TestDocuments.text("same-" + UUID.randomUUID(), 3);
    JsonPath first = uploadText(doc);
    JsonPath second = uploadText(doc);
    assertThat(second.getString("documentId")).isEqualTo(first.getString("documentId"));
    assertThat(second.getList("dispatches.id", String.class))
        .hasSize(3)
        .containsExactlyElementsOf(first.getList("dispatches.id", String.class));
  }

  @Test
  void jsonUploadTakesHtmlSourceAndPublishedAt() {
    String html =
        "<html><body><nav>Home | World</nav><h1>Talks resume</h1><p>GENEVA, March 3 (Reuters) -"
            + " Delegates met again on Monday, officials said. "
            + UUID.randomUUID()
            + "</p></body></html>";
    JsonPath answer =
        upload()
            .contentType("application/json")
            .body(
                Map.of(
                    "html", html, "source", "https://example.org/a", "publishedAt", "2025-03-04"))
            .post("/documents")
            .then()
            .statusCode(202)
            .body("count", equalTo(1))
            .body("dispatches[0].headline", equalTo("Talks resume"))
            .extract()
            .jsonPath();
    List<Rec> records = committedOf(answer.getString("documentId"), 1);
    assertThat(records).hasSize(1);
    Rec record = records.get(0);
    assertThat(record.json().path("date").asText()).isEqualTo("2025-03-03");
    assertThat(record.json().path("source").path("name").asText())
        .isEqualTo("https://example.org/a");
  }

  @Test
  void twentyConcurrentUploadsEachArriveWholeAndExactlyOnce() throws Exception {
    int clients = 20;
    String run = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<JsonPath>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        String doc = TestDocuments.text("concurrent-" + run + "-" + i, 3);
        Callable<JsonPath> call = () -> uploadText(doc);
        answers.add(pool.submit(call));
      }
      List<String> documentIds = new ArrayList<>();
      for (Future<JsonPath> answer : answers) {
        documentIds.add(answer.get().getString("documentId"));
      }
      assertThat(documentIds).doesNotHaveDuplicates().hasSize(clients);

      List<Rec> all =
          TopicReader.readUntil(
              bootstrap,
              Topics.DISPATCHES,
              TopicReader.READ_COMMITTED,
              read ->
                  documentIds.stream().allMatch(d -> TopicReader.ofDocument(read, d).size() >= 3),
              Duration.ofSeconds(60));
      for (String documentId : documentIds) {
        List<Rec> records = TopicReader.ofDocument(all, documentId);
        assertThat(records).as("records of %s", documentId).hasSize(3);
        assertThat(records)
            .extracting(r -> r.json().path("sequence").asInt())
            .containsExactly(0, 1, 2);
        // One transaction per document: its records are consecutive on the partition.
        assertThat(records.get(2).offset() - records.get(0).offset()).isEqualTo(2);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void missingOrWrongTokenAnswers401WithWwwAuthenticateAndPublishesNothing() {
    String doc = TestDocuments.text("unauthorised-" + UUID.randomUUID(), 1);
    List<RequestSpecification> refused =
        List.of(
            given(),
            given().header("Authorization", "Bearer "),
            given().header("Authorization", "Bearer " + TOKEN.toUpperCase()),
            given().header("Authorization", "Bearer " + TOKEN + "x"),
            given().header("Authorization", "Bearer " + TOKEN.substring(1)),
            given().header("Authorization", "Basic " + TOKEN),
            given().header("Authorization", TOKEN));
    for (RequestSpecification request : refused) {
      request
          .contentType("text/plain")
          .body(doc)
          .post("/documents")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("status", equalTo(401))
          .body("detail", notNullValue());
    }
    assertNothingPublishedOf(doc);
  }

  @Test
  void previewStaysOpenWithoutAToken() {
    given()
        .contentType("text/plain")
        .body(TestDocuments.text("preview-open", 1))
        .post("/documents/preview")
        .then()
        .statusCode(200);
  }

  @Test
  void emptyBodyAnswers400AndPublishesNothing() {
    problem(upload().contentType("text/plain").body(""), 400, "empty");
    problem(upload().contentType("text/plain").body("  \n\n "), 400, "empty");
  }

  @Test
  void binaryOrNotUtf8Answers415AndPublishesNothing() {
    String doc = TestDocuments.text("caf\u00e9-" + UUID.randomUUID(), 1);
    var noDefaultCharset =
        RestAssuredConfig.config()
            .encoderConfig(
                EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    problem(
        upload()
            .config(noDefaultCharset)
            .contentType("text/plain")
            .body(doc.getBytes(StandardCharsets.ISO_8859_1)),
        415,
        "not valid UTF-8");
    byte[] binary = doc.getBytes(StandardCharsets.UTF_8);
    binary[10] = 0;
    problem(upload().contentType("text/plain; charset=UTF-8").body(binary), 415, "binary");
    assertNothingPublishedOf(doc);
  }

  @Test
  void wrongContentTypeAnswers415() {
    problem(upload().contentType("application/xml").body("<a/>"), 415, null);
    problem(upload().contentType("application/octet-stream").body(new byte[] {1, 2}), 415, null);
  }

  @Test
  void malformedJsonAnswers400() {
    problem(upload().contentType("application/json").body("{\"text\": "), 400, "not valid JSON");
    problem(
        upload().contentType("application/json").body("{\"title\": \"x\"}"), 400, "exactly one");
    problem(
        upload().contentType("application/json").body("{\"text\": \"a\", \"publishedAt\": 5}"),
        400,
        "publishedAt");
  }

  @Test
  void sourceWithControlCharactersAnswers400SinceNoStoreCouldKeepIt() {
    String doc = TestDocuments.text("nul-source-" + UUID.randomUUID(), 1);
    problem(
        upload()
            .contentType("text/plain; charset=UTF-8")
            .queryParam("source", "a\u0000b")
            .body(doc),
        400,
        "'source' must not contain control characters");
    problem(
        upload()
            .contentType("application/json")
            .body("{\"text\": \"" + doc.replace("\n", "\\n") + "\", \"source\": \"a\\u001bb\"}"),
        400,
        "'source' must not contain control characters");
    assertNothingPublishedOf(doc);
  }

  @Test
  void referenceDateOutsideFourDigitYearsAnswers400() {
    String doc = TestDocuments.text("year-zero-" + UUID.randomUUID(), 1);
    for (String published : List.of("0000-03-04", "0999-12-31", "+10000-01-01T00:00:00Z")) {
      problem(
          upload()
              .contentType("text/plain; charset=UTF-8")
              .queryParam("published", published)
              .body(doc),
          400,
          "years 1000 to 9999");
    }
    assertNothingPublishedOf(doc);
  }

  @Test
  void dispatchTooLargeForTheFullTextIndexAnswers422() {
    StringBuilder words = new StringBuilder();
    java.util.Random random = new java.util.Random(5);
    while (words.length() < 400_000) {
      for (int i = 0; i < 5; i++) {
        words.append((char) ('a' + random.nextInt(26)));
      }
      words.append(' ');
    }
    problem(
        upload()
            .contentType("text/plain; charset=UTF-8")
            .body("GENEVA, March 3 (Reuters) - Delegates met. " + words + "."),
        422,
        "over the limit of 350000 bytes");
  }

  @Test
  void documentWithoutArticleOrDispatchAnswers422WithTheReason() {
    problem(
        upload().contentType("text/html").body("<html><body><nav>Home | Share</nav></body></html>"),
        422,
        "no article or dispatch");
  }

  @Test
  void bodyOverTheDocumentLimitAnswers413ProblemJsonBeforeReadingIt() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'a');
    problem(upload().contentType("text/plain").body(big), 413, "limit");
  }

  @Test
  void chunkedBodyOverTheLimitAnswers413ProblemJsonToo() throws Exception {
    // No Content-Length: the server finds out while reading.
    byte[] big = new byte[7 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    HttpRequest request =
        HttpRequest.newBuilder(documents)
            .header("Content-Type", "text/plain")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":413").contains("limit");
  }

  @Test
  void chunkedBodyUnderTheLimitIsUploadedLikeAnyOther() throws Exception {
    String doc = TestDocuments.text("chunked-" + UUID.randomUUID(), 2);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(documents)
            .header("Content-Type", "text/plain; charset=UTF-8")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).contains("\"count\":2");
  }

  @Test
  void ingestMetricsCountUploadsAndRejections() {
    uploadText(TestDocuments.text("metrics-" + UUID.randomUUID(), 2));
    problem(upload().contentType("text/plain").body(""), 400, "empty");
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("dispatchline_ingest_documents_total{source=\"http\"}")
        .contains("dispatchline_ingest_dispatches_total{source=\"http\"}")
        .contains("dispatchline_ingest_rejected_total{reason=\"empty-document\",source=\"http\"}")
        .contains("dispatchline_ingest_publish_seconds_count");
  }

  private static RequestSpecification upload() {
    return given().header("Authorization", "Bearer " + TOKEN);
  }

  private static JsonPath uploadText(String doc) {
    return upload()
        .contentType("text/plain; charset=UTF-8")
        .body(doc)
        .post("/documents")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath();
  }

  private List<Rec> committedOf(String documentId, int count) {
    List<Rec> read =
        TopicReader.readUntil(
            bootstrap,
            Topics.DISPATCHES,
            TopicReader.READ_COMMITTED,
            r -> TopicReader.ofDocument(r, documentId).size() >= count,
            Duration.ofSeconds(60));
    List<Rec> mine = TopicReader.ofDocument(read, documentId);
    assertThat(mine).hasSizeGreaterThanOrEqualTo(count);
    return mine;
  }

  /** The document's id (from preview) is nowhere on the topic, committed or not. */
  private void assertNothingPublishedOf(String doc) {
    String documentId =
        given()
            .contentType("text/plain; charset=UTF-8")
            .body(doc)
            .post("/documents/preview")
            .then()
            .statusCode(200)
            .extract()
            .path("documentId");
    List<Rec> all = TopicReader.readAll(bootstrap, Topics.DISPATCHES, TopicReader.READ_UNCOMMITTED);
    assertThat(all.stream().map(Rec::documentId).collect(Collectors.toSet()))
        .doesNotContain(documentId);
  }

  private static void problem(RequestSpecification request, int status, String detail) {
    var response =
        request
            .post("/documents")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("title", notNullValue())
            .body("instance", equalTo("/documents"))
            .body("trace", nullValue());
    if (detail != null) {
      response.body("detail", containsString(detail));
    }
  }
}
