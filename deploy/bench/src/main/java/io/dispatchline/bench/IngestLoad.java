package io.dispatchline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/** Documents posted to ingest-service's {@code POST /documents}, as a client would. */
final class IngestLoad {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One accepted document: its id, how many dispatches it split into, when it was due. */
  record Posted(String documentId, int count, long dueNanos) {}

  /** The rate phase: everything accepted, and how long until it was all queryable. */
  record Throughput(int documents, int dispatches, double acceptSeconds, double queryableSeconds) {
    double rate() {
      return dispatches / queryableSeconds;
    }

    double acceptRate() {
      return dispatches / acceptSeconds;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private final String token;

  IngestLoad(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /**
   * Posts documents from {@code clients} threads as fast as the service takes them for {@code
   * seconds}, then waits until all their dispatches are in {@code db}: the end-to-end rate.
   */
  Throughput saturate(Supplier<String> documents, double seconds, int clients, Connection db)
      throws Exception {
    long before = Schemas.count(db, "public");
    AtomicInteger posted = new AtomicInteger();
    AtomicInteger dispatches = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  dispatches.addAndGet(post(documents.get(), 0).count());
                  posted.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double accepted = (System.nanoTime() - t0) / 1e9;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (Schemas.count(db, "public") - before < dispatches.get()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("dispatches not all queryable after 15 minutes");
      }
      Thread.sleep(20);
    }
    double queryable = (System.nanoTime() - t0) / 1e9;
    return new Throughput(posted.get(), dispatches.get(), accepted, queryable);
  }

  /**
   * Posts documents at a fixed rate (open loop: each is due at t0 + i / rate) and records, for
   * every dispatch, the time from its document being due to it being queryable in {@code db}
   * (polled every 10 ms, so figures are up to ~10 ms high).
   */
  Histogram latency(List<String> documents, double documentsPerSecond, Connection db)
      throws Exception {
    Histogram h = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    ConcurrentLinkedQueue<Posted> accepted = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long period = (long) (1e9 / documentsPerSecond);
    long t0 = System.nanoTime();
    for (int i = 0; i < documents.size(); i++) {
      long due = t0 + i * period;
      String text = documents.get(i);
      pool.submit(
          () -> {
            accepted.add(post(text, due));
            return null;
          });
    }
    pool.shutdown();
    Map<String, Posted> pending = new HashMap<>();
    int seen = 0;
    long deadline = t0 + period * documents.size() + TimeUnit.MINUTES.toNanos(10);
    try (PreparedStatement counts =
        db.prepareStatement(
            "SELECT document_id, count(*) FROM dispatches WHERE document_id = ANY(?)"
                + " GROUP BY document_id")) {
      while (seen < documents.size()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("documents not queryable after 10 minutes");
        }
        for (Posted p = accepted.poll(); p != null; p = accepted.poll()) {
          pending.put(p.documentId(), p);
        }
        if (!pending.isEmpty()) {
          Array ids = db.createArrayOf("text", pending.keySet().toArray());
          counts.setArray(1, ids);
          try (ResultSet rs = counts.executeQuery()) {
            long now = System.nanoTime();
            while (rs.next()) {
              Posted p = pending.get(rs.getString(1));
              if (p != null && rs.getInt(2) >= p.count()) {
                h.recordValueWithCount(Math.max(1, (now - p.dueNanos()) / 1000), p.count());
                pending.remove(p.documentId());
                seen++;
              }
            }
          }
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
      }
    }
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return h;
  }

  private Posted post(String text, long due) throws Exception {
    // the open loop waits here, on its own thread, until the document is due
    long wait;
    while (due != 0 && (wait = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/documents?published=2024-12-31"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(text))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(
          "POST /documents answered " + response.statusCode() + ": " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    return new Posted(body.get("documentId").asText(), body.get("count").asInt(), due);
  }
}
