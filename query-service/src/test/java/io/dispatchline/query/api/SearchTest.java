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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search pages against a brute-force reference computed in SQL over the same rows: newest first
 * (the walk of the date order, and the GIN path after it for rare words) and by relevance (the
 * newest candidates, ranked exactly). The test profile ranks {@value #CANDIDATES} candidates.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SearchTest {

  static final int CANDIDATES = 100;
  private static final int COUNT = 400;
  private static Words data;

  @Inject DispatchStore store;
  @Inject AgroalDataSource db;

  /** Words of three frequencies over the same rows, each unique to this test. */
  record Words(String common, String mixed, String rare, String ranked, List<DispatchEvent> rows) {}

  @BeforeEach
  void load() {
    synchronized (SearchTest.class) {
      if (data != null) {
        return;
      }
      Random random = new Random(16);
      String common = QueryData.randomWord(random);
      String mixed = QueryData.randomWord(random);
      String rare = QueryData.randomWord(random);
      String ranked = QueryData.randomWord(random);
      String doc = Events.newId();
      List<DispatchEvent> rows = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        StringBuilder body = new StringBuilder("Officials met on day " + i + " about " + common);
        if (i % 9 == 0) {
          body.append(" and ").append(mixed);
        }
        // the rare word only in three of the oldest rows: the walk from the top never reaches them
        if (i == 3 || i == 5 || i == 8) {
          body.append(" and ").append(rare);
        }
        if (i % 3 == 0) {
          // 1 to 6 occurrences, so that ranks differ; a few in the headline (weight A)
          body.append((" " + ranked).repeat(1 + i % 6));
        }
        // dates grow with i, several rows a day (ties broken by id), every 40th undated
        LocalDate date = i % 40 == 39 ? null : LocalDate.of(2024, 1, 1).plusDays(i / 3);
        String headline = i % 21 == 0 ? "About " + ranked : "Item " + i;
        rows.add(event(doc, i, headline, body.toString(), date));
      }
      for (int from = 0; from < COUNT; from += 100) {
        store.upsert(rows.subList(from, from + 100));
      }
      data = new Words(common, mixed, rare, ranked, rows);
    }
  }

  @Test
  void newestFirstPagesAreTheBruteForceOrderForCommonMixedAndRareWords() throws Exception {
    for (String q :
        List.of(
            data.common(),
            data.mixed(),
            data.rare(),
            data.common() + " -" + data.mixed(),
            data.mixed() + " or " + data.rare())) {
      List<String> expected = bruteForceNewestFirst(q);
      assertThat(expected).as(q).isNotEmpty();
      assertThat(firstPage(q, "date", 20)).as(q).isEqualTo(head(expected, 20));
      assertThat(allPages(q, "date", 7)).as(q).isEqualTo(expected);
    }
    assertThat(bruteForceNewestFirst(data.rare())).hasSize(3);
    assertThat(bruteForceNewestFirst(data.common())).hasSize(COUNT);
  }

  @Test
  void newestFirstWithAFilterWalksOnlyTheFilteredRows() throws Exception {
    String q = data.mixed();
    List<String> expected = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id FROM dispatches WHERE search @@ websearch_to_tsquery('english', ?)"
                    + " AND located = 'LONDON' ORDER BY coalesce(dispatch_date, '-infinity'::date)"
                    + " DESC, id DESC")) {
      ps.setString(1, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          expected.add(rs.getString(1));
        }
      }
    }
    assertThat(expected).isNotEmpty();
    JsonPath page =
        given()
            .queryParam("q", q)
            .queryParam("located", "LONDON")
            .queryParam("limit", 100)
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.id", String.class)).isEqualTo(expected);
  }

  @Test
  void relevanceRanksTheNewestCandidatesExactlyAcrossStablePages() throws Exception {
    String q = data.ranked();
    List<String> matches = bruteForceNewestFirst(q);
    assertThat(matches).hasSizeGreaterThan(CANDIDATES);
    List<String> expected = exactRanking(q, head(matches, CANDIDATES));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    boolean first = true;
    do {
      var request =
          given().queryParam("q", q).queryParam("sort", "relevance").queryParam("limit", 15);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/dispatches").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", String.class));
      cursor = page.getString("next");
      if (first && cursor != null) {
        // a newer dispatch that would rank first arrives while the client pages
        first = false;
        String body = (q + " ").repeat(30);
        store.upsert(
            List.of(event(Events.newId(), 0, "All about " + q, body, LocalDate.of(2030, 1, 1))));
      }
    } while (cursor != null);
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void relevanceIsExactWhenAllMatchesFitTheCandidates() throws Exception {
    String q = data.mixed() + " " + data.ranked(); // every 9th with i % 3 == 0: 45 rows
    List<String> matches = bruteForceNewestFirst(q);
    assertThat(matches).hasSizeLessThanOrEqualTo(CANDIDATES).hasSizeGreaterThan(20);
    List<String> exact = exactRanking(q, matches);
    assertThat(firstPage(q, "relevance", 20)).isEqualTo(head(exact, 20));
  }

  @Test
  void summaryViewLeavesBodiesAndMentionsOutOfListPages() {
    JsonPath full =
        given()
            .queryParam("q", data.mixed())
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath summary =
        given()
            .queryParam("q", data.mixed())
            .queryParam("view", "summary")
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getList("items.id")).isEqualTo(full.getList("items.id"));
    Map<String, Object> item = summary.getMap("items[0]");
    assertThat(item).doesNotContainKeys("body", "mentions").containsKeys("headline", "snippet");
    assertThat(full.getMap("items[0]")).containsKeys("body", "mentions");
    assertThat(summary.getString("items[0].snippet")).contains("<mark>");

    JsonPath plain =
        given()
            .queryParam("located", "LONDON")
            .queryParam("view", "summary")
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plain.getMap("items[0]")).doesNotContainKeys("body", "mentions");

    given()
        .queryParam("view", "bodies")
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("view"));
  }

  @Test
  void aHitFarIntoALongBodyStillGetsItsSnippet() {
    String word = QueryData.randomWord(new Random());
    String filler = "Nothing of note happened in the long morning session. ".repeat(40);
    DispatchEvent late =
        event(Events.newId(), 0, "Long day", filler + "Then " + word + " was agreed.", null);
    DispatchEvent early =
        event(Events.newId(), 1, "Short day", word + " was agreed early. " + filler, null);
    store.upsert(List.of(late, early));
    JsonPath page =
        given()
            .queryParam("q", word)
            .queryParam("sort", "relevance")
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.snippet", String.class))
        .hasSize(2)
        .allSatisfy(snippet -> assertThat(snippet).contains("<mark>" + word + "</mark>"));
  }

  private static List<String> head(List<String> ids, int n) {
    return ids.subList(0, Math.min(n, ids.size()));
  }

  private List<String> firstPage(String q, String sort, int limit) {
    return given()
        .queryParam("q", q)
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
      var request = given().queryParam("q", q).queryParam("sort", sort).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/dispatches").then().statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("items.id", String.class));
      cursor = page.getString("next");
    } while (cursor != null);
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSameSizeAs(ids);
    return ids;
  }

  /** Every match, found by a full scan and sorted: the reference for newest first. */
  private List<String> bruteForceNewestFirst(String q) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = db.getConnection();
        var st = c.createStatement()) {
      st.execute("SET enable_indexscan = off");
      st.execute("SET enable_bitmapscan = off");
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id FROM dispatches WHERE search @@ websearch_to_tsquery('english', ?)"
                  + " ORDER BY coalesce(dispatch_date, '-infinity'::date) DESC, id DESC")) {
        ps.setString(1, q);
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

  /** ts_rank_cd over exactly these rows, best first, then id descending. */
  private List<String> exactRanking(String q, List<String> ids) throws Exception {
    List<String> ranked = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id FROM dispatches, websearch_to_tsquery('english', ?) tsq"
                    + " WHERE id = ANY(?) ORDER BY ts_rank_cd(search, tsq) DESC, id DESC")) {
      ps.setString(1, q);
      ps.setArray(2, c.createArrayOf("text", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ranked.add(rs.getString(1));
        }
      }
    }
    return ranked;
  }

  private static DispatchEvent event(
      String doc, int i, String headline, String body, LocalDate date) {
    String place = QueryData.PLACES[i % QueryData.PLACES.length];
    return new DispatchEvent(
        Events.newId(),
        doc,
        i,
        "dispatch",
        headline,
        place,
        "Xinhua",
        place + " (Xinhua) —",
        date == null ? null : date.toString(),
        date,
        body,
        body.split("\\s+").length,
        "en",
        List.of(new DispatchEvent.Mention("China", "place")),
        new DispatchEvent.Source("file", "search-test", Instant.parse("2026-02-01T00:00:00Z")));
  }
}
