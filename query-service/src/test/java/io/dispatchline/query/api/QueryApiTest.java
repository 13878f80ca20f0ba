package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class QueryApiTest {

  private static final int COUNT = 300;
  private static QueryData data;

  @Inject DispatchStore store;

  @BeforeEach
  void load() {
    synchronized (QueryApiTest.class) {
      if (data == null) {
        QueryData d = new QueryData(COUNT);
        for (int from = 0; from < COUNT; from += 100) {
          store.upsert(d.events.subList(from, Math.min(COUNT, from + 100)));
        }
        data = d;
      }
    }
  }

  // ---- filters -------------------------------------------------------------------------------

  @Test
  void eachFilterSelectsExactlyItsDispatches() {
    String m = data.marker;
    assertSelects(Map.of("q", m), i -> true);
    assertSelects(Map.of("agency", data.agency(1)), i -> i % 4 == 1);
    assertSelects(Map.of("located", data.place(2)), i -> i % 5 == 2);
    assertSelects(Map.of("kind", "teaser", "q", m), i -> i % 3 == 2);
    assertSelects(Map.of("documentId", data.documents.get(3)), i -> i % 10 == 3);
    assertSelects(Map.of("mention", data.person(4)), i -> i % 7 == 4);
    assertSelects(
        Map.of("q", m, "from", "2024-01-20"),
        i -> date(i) != null && date(i).getDayOfMonth() >= 20);
    assertSelects(
        Map.of("q", m, "to", "2024-01-05"), i -> date(i) != null && date(i).getDayOfMonth() <= 5);
    assertSelects(
        Map.of("q", m, "from", "2024-01-10", "to", "2024-01-10"),
        i -> LocalDate.of(2024, 1, 10).equals(date(i)));
  }

  @Test
  void filtersCombineWithAnd() {
    assertSelects(
        Map.of("agency", data.agency(0), "located", data.place(0)), i -> i % 4 == 0 && i % 5 == 0);
    assertSelects(
        Map.of("mention", data.shared(), "kind", "dispatch", "from", "2024-01-15"),
        i -> i % 2 == 0 && i % 3 == 0 && date(i) != null && date(i).getDayOfMonth() >= 15);
    assertSelects(
        Map.of("q", data.marker + " \"item 42\"", "documentId", data.documents.get(2)),
        i -> i == 42);
    assertSelects(
        Map.of("agency", data.agency(1), "located", data.place(1), "kind", "article"),
        i -> i % 4 == 1 && i % 5 == 1 && i % 3 == 1);
    assertSelects(Map.of("q", data.marker + " -cooperation"), i -> false);
  }

  @Test
  void mentionIsCaseInsensitiveAndExact() {
    assertSelects(Map.of("mention", data.person(3).toUpperCase()), i -> i % 7 == 3);
    assertSelects(Map.of("mention", "Person3"), i -> false);
  }

  @Test
  void dateSortIsNewestFirstUndatedLastThenIdDescending() {
    List<String> got = all(Map.of("q", data.marker), 37);
    List<Integer> expected = new ArrayList<>(IntStream.range(0, COUNT).boxed().toList());
    Comparator<Integer> byDate =
        Comparator.comparing(
            (Integer i) -> date(i), Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
    expected.sort(byDate.thenComparing(i -> data.events.get(i).id()).reversed());
    assertThat(got).containsExactlyElementsOf(expected.stream().map(this::id).toList());
  }

  @Test
  void documentSortIsDocumentOrder() {
    List<String> got = all(Map.of("documentId", data.documents.get(5), "sort", "document"), 4);
    assertThat(got)
        .containsExactlyElementsOf(
            IntStream.range(0, COUNT).filter(i -> i % 10 == 5).mapToObj(this::id).toList());
  }

  // ---- paging --------------------------------------------------------------------------------

  @Test
  void pagingReturnsEachItemExactlyOnceWhileNewItemsArrive() {
    for (String sort : List.of("date", "relevance", "document")) {
      String word = QueryData.randomWord(new java.util.Random());
      List<DispatchEvent> initial = batch(word, 0, 60);
      store.upsert(initial);
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int page = 0;
      do {
        RequestSpecification r =
            given().queryParam("q", word).queryParam("sort", sort).queryParam("limit", 7);
        if (cursor != null) {
          r.queryParam("cursor", cursor);
        }
        JsonPath json = r.get("/dispatches").then().statusCode(200).extract().jsonPath();
        seen.addAll(json.getList("items.id"));
        cursor = json.getString("next");
        // new dispatches arrive between pages, sorting before, among and after the seen ones
        store.upsert(batch(word, 1000 + page * 3, 3));
        page++;
      } while (cursor != null && page < 100);
      assertThat(seen).as(sort).doesNotHaveDuplicates();
      assertThat(seen).as(sort).containsAll(initial.stream().map(DispatchEvent::id).toList());
    }
  }

  private static List<DispatchEvent> batch(String word, int from, int n) {
    String doc = Events.newId();
    List<DispatchEvent> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int i = from + k;
      // varying ranks (the word appears 1 to 3 times) and dates (some undated)
      DispatchEvent e =
          Events.dispatch(Events.newId(), doc, k, (word + " ").repeat(1 + i % 3) + "talks go on");
      out.add(
          new DispatchEvent(
              e.id(),
              doc,
              k,
              e.kind(),
              e.headline(),
              e.located(),
              e.agency(),
              e.datelineText(),
              e.dateText(),
              i % 4 == 0 ? null : QueryData.FIRST_DAY.plusDays(i % 30),
              e.body(),
              e.wordCount(),
              "en",
              e.mentions(),
              new DispatchEvent.Source("file", "paging", Instant.now())));
    }
    return out;
  }

  // ---- search --------------------------------------------------------------------------------

  @Test
  void aHeadlineHitRanksAboveABodyHitWithAHighlightedSnippet() {
    String word = QueryData.randomWord(new java.util.Random());
    String doc = Events.newId();
    DispatchEvent inBody =
        withText(
            Events.dispatch(Events.newId(), doc, 0, "x"),
            "Quiet day",
            "Markets were calm and " + word + " traders <b>waited</b> & watched.");
    DispatchEvent inHeadline =
        withText(
            Events.dispatch(Events.newId(), doc, 1, "x"),
            "The " + word + " summit opens",
            "Leaders arrived for the summit.");
    store.upsert(List.of(inBody, inHeadline));

    JsonPath page =
        given()
            .queryParam("q", word)
            .queryParam("sort", "relevance")
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.id")).containsExactly(inHeadline.id(), inBody.id());
    assertThat(page.getFloat("items[0].rank")).isGreaterThan(page.getFloat("items[1].rank"));
    assertThat(page.getString("items[1].snippet"))
        .contains("<mark>" + word + "</mark>")
        .contains("&amp; watched") // text escaped; markup is dropped by ts_headline
        .doesNotContain("<b>");
  }

  @Test
  void withoutQueryThereIsNoSnippetOrRank() {
    given()
        .queryParam("documentId", data.documents.get(0))
        .queryParam("limit", 1)
        .get("/dispatches")
        .then()
        .statusCode(200)
        .body("items[0]", not(org.hamcrest.Matchers.hasKey("snippet")))
        .body("items[0]", not(org.hamcrest.Matchers.hasKey("rank")));
  }

  private static DispatchEvent withText(DispatchEvent e, String headline, String body) {
    return new DispatchEvent(
        e.id(),
        e.documentId(),
        e.sequence(),
        e.kind(),
        headline,
        e.located(),
        e.agency(),
        e.datelineText(),
        e.dateText(),
        e.date(),
        body,
        5,
        "en",
        e.mentions(),
        e.source());
  }

  // ---- documents and facets ------------------------------------------------------------------

  @Test
  void documentHasItsItemsInSequenceOrder() {
    String doc = data.documents.get(7);
    JsonPath json = given().get("/documents/{id}", doc).then().statusCode(200).extract().jsonPath();
    assertThat(json.getString("id")).isEqualTo(doc);
    assertThat(json.getString("source.name")).isEqualTo("query-test");
    assertThat(json.getList("items.sequence", Integer.class))
        .containsExactlyElementsOf(IntStream.range(0, COUNT / 10).boxed().toList());
    assertThat(json.getList("items.id"))
        .containsExactlyElementsOf(
            IntStream.range(0, COUNT).filter(i -> i % 10 == 7).mapToObj(this::id).toList());
  }

  @Test
  void unknownDocumentIs404Problem() {
    given()
        .get("/documents/{id}", "no-such-document")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("no-such-document"));
  }

  @Test
  void facetsCountTheFilteredDispatches() {
    JsonPath json =
        given()
            .queryParam("q", data.marker)
            .queryParam("kind", "dispatch")
            .get("/facets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    IntPredicate selected = i -> i % 3 == 0;
    assertThat(json.getLong("total")).isEqualTo(IntStream.range(0, COUNT).filter(selected).count());
    assertThat(counts(json, "agency")).isEqualTo(expectedCounts(selected, data::agency));
    assertThat(counts(json, "located")).isEqualTo(expectedCounts(selected, data::place));
    Map<String, Long> mentions = counts(json, "mention");
    assertThat(mentions.get(data.shared()))
        .isEqualTo(IntStream.range(0, COUNT).filter(i -> selected.test(i) && i % 2 == 0).count());
    assertThat(mentions.get(data.person(0)))
        .isEqualTo(IntStream.range(0, COUNT).filter(i -> selected.test(i) && i % 7 == 0).count());
    List<String> days = json.getList("date.value");
    List<String> expectedDays =
        IntStream.range(0, COUNT)
            .filter(i -> selected.test(i) && date(i) != null)
            .mapToObj(i -> date(i).toString())
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(20)
            .toList();
    assertThat(days).isEqualTo(expectedDays);
    String newest = expectedDays.get(0);
    assertThat(counts(json, "date").get(newest))
        .isEqualTo(
            IntStream.range(0, COUNT)
                .filter(
                    i -> selected.test(i) && date(i) != null && newest.equals(date(i).toString()))
                .count());

    given()
        .queryParam("q", data.marker)
        .queryParam("limit", 2)
        .get("/facets")
        .then()
        .statusCode(200)
        .body("agency.size()", equalTo(2));
  }

  private static Map<String, Long> counts(JsonPath json, String facet) {
    Map<String, Long> out = new HashMap<>();
    List<Map<String, Object>> list = json.getList(facet);
    for (Map<String, Object> c : list) {
      out.put((String) c.get("value"), ((Number) c.get("count")).longValue());
    }
    return out;
  }

  private static Map<String, Long> expectedCounts(
      IntPredicate selected, java.util.function.IntFunction<String> value) {
    return IntStream.range(0, COUNT)
        .filter(selected)
        .mapToObj(value)
        .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
  }

  // ---- errors --------------------------------------------------------------------------------

  @Test
  void idsWithNulAre404ProblemsNotStoreErrors() {
    for (String path : List.of("/dispatches/{id}", "/documents/{id}")) {
      given()
          .urlEncodingEnabled(false)
          .get(path, "abc%00def")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("status", equalTo(404));
    }
  }

  @Test
  void everyBadParameterIs400ProblemNamingIt() {
    Object[][] cases = {
      {"from", "2024-13-01"},
      {"from", "yesterday"},
      {"to", "2024-02-30"},
      {"limit", "0"},
      {"limit", "101"},
      {"limit", "many"},
      {"sort", "oldest"},
      {"sort", "relevance"},
      {"kind", "blog"},
      {"q", "x".repeat(501)},
      {"cursor", "not-a-cursor"},
      {"cursor", "YzEKREFURQp4CjIwMjQtMDEtMDEKYWJj"},
      {"agency", "a".repeat(201)},
      // Dates java.time reads but PostgreSQL's date type cannot hold.
      {"from", "+5874898-01-01"},
      {"to", "-4714-01-01"},
      {"from", "+10000-01-01"},
      // A q of 500 characters is allowed; percent-encoded it is far longer than 4 KB.
      {"q", "\u4e2d".repeat(501)},
    };
    for (Object[] c : cases) {
      given()
          .queryParam((String) c[0], c[1])
          .get("/dispatches")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400))
          .body("detail", containsString("'" + c[0] + "'"))
          .body(not(containsString("SQL")))
          .body(not(containsString("Exception")));
    }
    given()
        .queryParam("from", "2024-02-01")
        .queryParam("to", "2024-01-01")
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", containsString("'from'"));
    given()
        .queryParam("kind", "blog")
        .get("/facets")
        .then()
        .statusCode(400)
        .body("detail", containsString("'kind'"));
    given()
        .queryParam("to", "never")
        .get("/dispatches/stream")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("'to'"));
    given()
        .header("Last-Event-ID", "abc")
        .get("/dispatches/stream")
        .then()
        .statusCode(400)
        .body("detail", containsString("'Last-Event-ID'"));
  }

  @Test
  void aCursorOnlyWorksWithTheFiltersAndSortItCameFrom() {
    String next =
        given()
            .queryParam("q", data.marker)
            .queryParam("limit", 5)
            .get("/dispatches")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("next");
    assertThat(next).isNotNull();
    given()
        .queryParam("q", data.marker)
        .queryParam("limit", 9)
        .queryParam("cursor", next)
        .get("/dispatches")
        .then()
        .statusCode(200);
    given()
        .queryParam("q", data.marker)
        .queryParam("kind", "article")
        .queryParam("cursor", next)
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", containsString("'cursor'"));
    given()
        .queryParam("q", data.marker)
        .queryParam("sort", "relevance")
        .queryParam("cursor", next)
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", containsString("'cursor'"));
    given()
        .queryParam("cursor", next)
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", containsString("'cursor'"));
  }

  @Test
  void hostileValuesAreJustValues() {
    for (String v : List.of("' OR 1=1 --", "x'); DROP TABLE dispatches; --", "\\", "%", "_")) {
      given()
          .queryParam("agency", v)
          .queryParam("q", v)
          .get("/dispatches")
          .then()
          .statusCode(200)
          .body("items.size()", equalTo(0));
      given()
          .queryParam("mention", v)
          .get("/facets")
          .then()
          .statusCode(200)
          .body("total", equalTo(0));
    }
    given()
        .queryParam("q", "a\u0000b")
        .get("/dispatches")
        .then()
        .statusCode(400)
        .body("detail", containsString("'q'"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private String id(int i) {
    return data.events.get(i).id();
  }

  private static LocalDate date(int i) {
    return data.events.get(i).date();
  }

  private void assertSelects(Map<String, String> params, IntPredicate expected) {
    List<String> got = all(params, 100);
    Set<String> want =
        IntStream.range(0, COUNT).filter(expected).mapToObj(this::id).collect(Collectors.toSet());
    assertThat(got).as(params.toString()).doesNotHaveDuplicates();
    assertThat(Set.copyOf(got)).as(params.toString()).isEqualTo(want);
  }

  /** Every id the API answers for the parameters, following the cursor to the end. */
  static List<String> all(Map<String, String> params, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      RequestSpecification r = given().queryParams(params).queryParam("limit", limit);
      if (cursor != null) {
        r.queryParam("cursor", cursor);
      }
      JsonPath json = r.get("/dispatches").then().statusCode(200).extract().jsonPath();
      ids.addAll(json.getList("items.id"));
      cursor = json.getString("next");
      pages++;
    } while (cursor != null && pages < 1000);
    return ids;
  }
}
