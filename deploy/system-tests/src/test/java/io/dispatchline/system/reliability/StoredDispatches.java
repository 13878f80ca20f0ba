package io.dispatchline.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.dispatchline.system.Database;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What query-service stored for a set of documents, read two ways: straight from PostgreSQL, and
 * over HTTP as a user reads it ({@code GET /documents/{id}} and a paged {@code GET
 * /dispatches?q=}).
 */
final class StoredDispatches {

  private final Database db;
  private final Supplier<String> queryUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  StoredDispatches(Database db, Supplier<String> queryUrl) {
    this.db = db;
    this.queryUrl = queryUrl;
  }

  /** Rows in the database with one of the ids; -1 while the database does not answer. */
  long storedOf(Collection<Expected> documents) {
    List<String> ids = documents.stream().flatMap(e -> e.ids().stream()).toList();
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM dispatches WHERE id = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("text", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  /**
   * Waits until every dispatch of the documents is in the database; false if some are still missing
   * after the timeout (the tally then says which, instead of a bare timeout).
   */
  boolean awaitStored(Collection<Expected> documents, Duration timeout) {
    long expected = documents.stream().mapToLong(e -> e.ids().size()).sum();
    try {
      Awaitility.await()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> storedOf(documents) >= expected);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  /** The database's view: rows of these documents against the expected ids. */
  Tally inDatabase(Map<String, Expected> byName) throws SQLException {
    Set<String> documentIds = new HashSet<>();
    byName.values().forEach(e -> documentIds.add(e.documentId()));
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, document_id, sequence FROM dispatches WHERE document_id = ANY(?)")) {
      Array array = c.createArrayOf("text", documentIds.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    return tally(byName.values(), rows);
  }

  /** The HTTP API's view: each document by id, and every item of a search for the token. */
  Tally overHttp(Map<String, Expected> byName, String token) throws Exception {
    List<String> documentItems = new ArrayList<>();
    Set<String> seenDocuments = new HashSet<>();
    for (Expected e : byName.values()) {
      if (seenDocuments.add(e.documentId())) {
        JsonNode document = get("/documents/" + e.documentId());
        if (document != null) {
          document.get("items").forEach(i -> documentItems.add(i.get("id").asText()));
        }
      }
    }
    Tally byDocument = tally(byName.values(), documentItems);
    return byDocument.worst(tally(byName.values(), searchAll(token)));
  }

  /** Every item of {@code GET /dispatches?q=token}, page after page. */
  private List<String> searchAll(String token) throws Exception {
    List<String> items = new ArrayList<>();
    String next = null;
    do {
      JsonNode page =
          get(
              "/dispatches?sort=document&limit=100&q="
                  + URLEncoder.encode(token, StandardCharsets.UTF_8)
                  + (next == null ? "" : "&cursor=" + next));
      page.get("items").forEach(i -> items.add(i.get("id").asText()));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    } while (next != null);
    return items;
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(queryUrl.get() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ReliabilitySystem.READ_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (answer.statusCode() == 404) {
      return null;
    }
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(pathAndQuery + ": " + answer.statusCode() + answer.body());
    }
    return Uploader.JSON.readTree(answer.body());
  }

  /**
   * Found ids against expected ones: an expected id not found is lost; a found id that is not
   * expected, or found again, is a duplicate.
   */
  static Tally tally(Collection<Expected> expected, List<String> found) {
    Set<String> want = new HashSet<>();
    expected.forEach(e -> want.addAll(e.ids()));
    Set<String> seen = new HashSet<>();
    int duplicated = 0;
    for (String id : found) {
      if (!want.contains(id) || !seen.add(id)) {
        duplicated++;
      }
    }
    int stored = seen.size();
    return new Tally(want.size(), stored, want.size() - stored, duplicated);
  }
}
