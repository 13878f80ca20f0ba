package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages of a query over rows in five languages against a brute-force reference that parses the
 * query in each row's own configuration (a full scan, no index): newest first through the walk and,
 * since the matches sit under {@value #FILLERS} newer rows without them, the GIN path; and by
 * relevance, ranked with each row's own query.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LanguagePagingTest {

  private static final int FILLERS = 400;
  private static final int MATCHING = 60;
  private static final String AGENCY = "Paging-" + QueryData.randomWord(new Random());
  private static final String[][] WORDS = {
    {"es", "La cooperación crece", "El tiempo fue soleado"},
    {"ru", "Стороны договорились о переговорах", "Погода была хорошей"},
    {"de", "Die Verhandlungen gingen weiter", "Das Wetter war gut"},
    {"fr", "Les négociations ont repris", "La météo était belle"},
    {"en", "Officials were negotiating cooperation", "The weather was fine"}
  };
  private static boolean loaded;

  @Inject DispatchStore store;
  @Inject AgroalDataSource db;

  @BeforeEach
  void load() {
    synchronized (LanguagePagingTest.class) {
      if (loaded) {
        return;
      }
      List<DispatchEvent> rows = new ArrayList<>();
      for (int i = 0; i < MATCHING; i++) {
        String[] w = WORDS[i % WORDS.length];
        // several a day, every 13th undated (last in date order)
        LocalDate date = i % 13 == 12 ? null : LocalDate.of(2001, 1, 1).plusDays(i / 4);
        rows.add(event(w[0], w[1] + (" " + w[1]).repeat(i % 3) + ".", date));
      }
      for (int i = 0; i < FILLERS; i++) {
        String[] w = WORDS[i % WORDS.length];
        rows.add(event(w[0], w[2] + ".", LocalDate.of(2030, 1, 1).plusDays(i)));
      }
      for (int from = 0; from < rows.size(); from += 100) {
        store.upsert(rows.subList(from, Math.min(rows.size(), from + 100)));
      }
      loaded = true;
    }
  }

  @Test
  void newestFirstPagesAreTheReferenceInEveryLanguage() throws Exception {
    for (String q :
        List.of(
            "cooperaciones",
            "переговоры",
            "negotiated",
            "cooperaciones or переговоры or Verhandlung or négociation",
            "cooperation -negotiated",
            "\"negotiating cooperation\"")) {
      List<String> expected = reference(q);
      assertThat(allPages(q, "date", 7)).as(q).isEqualTo(expected);
      assertThat(firstPage(q, "date", 20)).as(q).isEqualTo(head(expected, 20));
    }
    assertThat(reference("cooperaciones")).hasSize(MATCHING / WORDS.length);
    assertThat(reference("cooperaciones or переговоры or Verhandlung or négociation"))
        .hasSize(4 * MATCHING / WORDS.length);
  }

  @Test
  void relevanceRanksEachRowWithItsOwnQuery() throws Exception {
    String q = "cooperaciones or переговоры or negotiated";
    List<String> expected = referenceRanking(q);
    assertThat(expected).hasSize(3 * MATCHING / WORDS.length);
    assertThat(allPages(q, "relevance", 9)).isEqualTo(expected);
  }

  private static List<String> head(List<String> ids, int n) {
    return ids.subList(0, Math.min(n, ids.size()));
  }

  private List<String> firstPage(String q, String sort, int limit) {
    return given()
        .queryParam("q", q)
        .queryParam("agency", AGENCY)
        .queryParam("sort", sort)
        .queryParam("limit", limit)
        .get("/dispatches")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  private List<String> allPages(String q, String sort, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      var request =
          given()
              .queryParam("q", q)
              .queryParam("agency", AGENCY)
              .queryParam("sort", sort)
              .queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/dispatches").then().statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("items.id", String.class));
      cursor = page.getString("next");
    } while (cursor != null);
    return ids;
  }

  /** Every match by a full scan, the query parsed per row in the row's configuration. */
  private List<String> reference(String q) throws Exception {
    return ids(
        "SELECT id FROM dispatches"
            + " WHERE search @@ websearch_to_tsquery(dispatch_search_config(language), ?)"
            + " AND agency = ? ORDER BY coalesce(dispatch_date, '-infinity'::date) DESC, id DESC",
        q);
  }

  private List<String> referenceRanking(String q) throws Exception {
    return ids(
        "SELECT id FROM dispatches, LATERAL websearch_to_tsquery(dispatch_search_config(language),"
            + " ?) tsq WHERE agency = ? AND search @@ tsq"
            + " ORDER BY ts_rank_cd(search, tsq) DESC, id DESC",
        q);
  }

  /** The ids a statement with the parameters (q, agency) selects, without any index. */
  private List<String> ids(String sql, String q) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = db.getConnection();
        var st = c.createStatement()) {
      st.execute("SET enable_indexscan = off");
      st.execute("SET enable_bitmapscan = off");
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, q);
        ps.setString(2, AGENCY);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      } finally {
        st.execute("RESET enable_indexscan");
        st.execute("RESET enable_bitmapscan");
      }
    }
    return ids;
  }

  private static DispatchEvent event(String language, String body, LocalDate date) {
    return new DispatchEvent(
        Events.newId(),
        Events.newId(),
        0,
        "dispatch",
        "Item",
        "GENEVA",
        AGENCY,
        "GENEVA (" + AGENCY + ") —",
        date == null ? null : date.toString(),
        date,
        body,
        body.split("\\s+").length,
        language,
        List.of(),
        new DispatchEvent.Source("file", "language-paging", Instant.parse("2026-02-01T00:00:00Z")));
  }
}
