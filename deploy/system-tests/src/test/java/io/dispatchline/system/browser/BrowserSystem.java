package io.dispatchline.system.browser;

import io.dispatchline.local.LocalStack;
import io.dispatchline.system.ServiceProcess;
import io.dispatchline.system.SystemPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system the page tests run against, started once for all {@code *BrowserIT} classes: the local
 * Kafka and PostgreSQL, both packaged services as processes, the seed ingested. It stops when the
 * test run ends (a root-store resource of JUnit).
 */
public final class BrowserSystem implements BeforeAllCallback {

  static final String UPLOAD_TOKEN = "browser-test-upload-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Running running;

  /** What is running; closed by JUnit after the last test class. */
  record Running(LocalStack stack, ServiceProcess query, ServiceProcess ingest, Browser browser)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      browser.close();
      ingest.close();
      query.close();
      stack.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (BrowserSystem.class) {
      if (running == null) {
        running = start();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put("browser-system", running);
      }
    }
  }

  /** One chromium for all page tests (each test opens the page it needs). */
  static Browser browser() {
    return running.browser();
  }

  static String queryUrl() {
    return running.query().baseUrl();
  }

  static String ingestUrl() {
    return running.ingest().baseUrl();
  }

  private static Running start() throws Exception {
    LocalStack stack = LocalStack.startOrExternal();
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
    // A consumer group of its own: an external stack may hold other runs' offsets.
    env.put("DISPATCHLINE_CONSUMER_GROUP", "browser-it-" + System.nanoTime());
    ServiceProcess query = ServiceProcess.start("query-service", env);
    env.put("DISPATCHLINE_SEEDS_DIR", SystemPaths.root().resolve("seeds").toString());
    env.put("INGEST_TOKEN", UPLOAD_TOKEN);
    ServiceProcess ingest = ServiceProcess.start("ingest-service", env);
    Running r = new Running(stack, query, ingest, new Browser());
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get(query.baseUrl() + "/dispatches?q=Mongolia").contains("Mongolia"));
    return r;
  }

  /** Uploads a text document over the ingest API (as a publisher would); returns the answer. */
  static String upload(String text) throws Exception {
    return upload(text, "text/plain");
  }

  /** Uploads a document of this content type (UTF-8) over the ingest API. */
  static String upload(String text, String type) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(ingestUrl() + "/documents?source=browser-test"))
                .header("Authorization", "Bearer " + UPLOAD_TOKEN)
                .header("Content-Type", type + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
