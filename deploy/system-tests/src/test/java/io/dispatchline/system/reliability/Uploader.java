package io.dispatchline.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Uploads documents to ingest-service the way a careful user does: with the bearer token, and again
 * after an unclear failure (no answer, connection lost, 5xx) until it is accepted — safe, since the
 * same text always gets the same ids.
 */
final class Uploader {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration GIVE_UP = Duration.ofMinutes(3);

  private final Supplier<String> ingestUrl;
  private final HttpClient http;
  final AtomicInteger retries = new AtomicInteger();

  Uploader(Supplier<String> ingestUrl) {
    this.ingestUrl = ingestUrl;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool())
            .build();
  }

  /** The ids the document must get, from {@code POST /documents/preview} (publishes nothing). */
  Expected preview(TestDocument document) throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(post("/documents/preview", document, false), utf8());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("preview of " + document.name() + ": " + answer.body());
    }
    return expected(answer.body());
  }

  List<Expected> previewAll(List<TestDocument> documents) throws Exception {
    List<Expected> all = new ArrayList<>(documents.size());
    for (TestDocument d : documents) {
      all.add(preview(d));
    }
    return all;
  }

  /**
   * Uploads until accepted; returns what the answer says was published.
   *
   * @throws IllegalStateException on a 4xx (the document was refused: a bug here) or after 3 min
   */
  Expected upload(TestDocument document) throws InterruptedException {
    Instant deadline = Instant.now().plus(GIVE_UP);
    long pause = 100;
    while (true) {
      String problem;
      try {
        HttpResponse<String> answer = http.send(post("/documents", document, true), utf8());
        if (answer.statusCode() == 202) {
          return expected(answer.body());
        }
        if (answer.statusCode() < 500) {
          throw new IllegalStateException(
              document.name() + " refused: " + answer.statusCode() + " " + answer.body());
        }
        problem = answer.statusCode() + " " + answer.body();
      } catch (IOException e) {
        problem = e.toString();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(document.name() + " not accepted in time: " + problem);
      }
      retries.incrementAndGet();
      Thread.sleep(pause);
      pause = Math.min(1000, pause * 2);
    }
  }

  /** Starts uploading the documents with {@code concurrency} parallel uploaders. */
  UploadStream stream(List<TestDocument> documents, int concurrency) {
    return new UploadStream(this, documents, concurrency);
  }

  private HttpRequest post(String path, TestDocument document, boolean withToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    ingestUrl.get()
                        + path
                        + "?published=2025-03-04&source="
                        + URLEncoder.encode(document.name(), StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(document.text(), StandardCharsets.UTF_8));
    if (withToken) {
      request.header("Authorization", "Bearer " + ReliabilitySystem.INGEST_TOKEN);
    }
    return request.build();
  }

  private static HttpResponse.BodyHandler<String> utf8() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static Expected expected(String body) throws IOException {
    JsonNode answer = JSON.readTree(body);
    List<String> ids = new ArrayList<>();
    answer.get("dispatches").forEach(d -> ids.add(d.get("id").asText()));
    return new Expected(answer.get("documentId").asText(), ids);
  }
}
