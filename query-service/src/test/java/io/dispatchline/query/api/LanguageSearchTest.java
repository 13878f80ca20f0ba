package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * q in the dispatch's own language: each row is stemmed in its language's configuration, Chinese
 * and Japanese as character bigrams. Every request filters on this test's agency, so only its rows
 * answer; the rows are chosen so that indexing all of them in 'english' (as before issue 17) fails.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LanguageSearchTest {

  private static final String AGENCY = "Lang-" + QueryData.randomWord(new Random());
  private static Map<String, String> ids;

  @Inject DispatchStore store;

  @BeforeEach
  void load() {
    synchronized (LanguageSearchTest.class) {
      if (ids != null) {
        return;
      }
      List<DispatchEvent> rows =
          List.of(
              event("es", "Cumbre regional", "La cooperación entre los países vecinos creció."),
              event("ru", "Встреча в Москве", "Стороны договорились о переговорах в Москве."),
              event("de", "Handel", "Die Verhandlungen über das Handelsabkommen gingen weiter."),
              event("fr", "Commerce", "Les négociations commerciales ont repris à Paris."),
              // 'cooperation' stems to 'cooper' in English, as 'cooperaciones' does in Spanish
              event("en", "Trade talks", "Officials were negotiating a cooperation agreement."),
              event("zh", "中美会谈", "中国和美国举行会谈，双方同意加强合作。"),
              event("ja", "首脳会談", "東京で首脳会談が開かれた。"));
      store.upsert(rows);
      Map<String, String> byLanguage = new HashMap<>();
      rows.forEach(r -> byLanguage.put(r.language(), r.id()));
      ids = byLanguage;
    }
  }

  @Test
  void eachLanguageIsFoundByAnotherFormOfItsWord() {
    assertThat(found("cooperaciones")).containsExactly(ids.get("es"));
    assertThat(found("переговоры")).containsExactly(ids.get("ru"));
    assertThat(found("Verhandlung")).containsExactly(ids.get("de"));
    assertThat(found("négociation")).containsExactly(ids.get("fr"));
  }

  @Test
  void englishKeepsItsStemmingAndIsNotMatchedThroughAnotherLanguage() {
    assertThat(found("negotiated agreements")).containsExactly(ids.get("en"));
    assertThat(found("cooperations")).containsExactly(ids.get("en"));
    // 'cooperaciones' is 'cooper' in Spanish, and so is the English row's 'cooperation': the
    // English row is tested with the English query ('cooperacion') and stays out
    assertThat(found("cooperaciones")).doesNotContain(ids.get("en"));
  }

  @Test
  void aQueryMatchesRowsOfSeveralLanguagesAtOnce() {
    assertThat(found("cooperaciones or переговоры or negotiated"))
        .containsExactlyInAnyOrder(ids.get("es"), ids.get("ru"), ids.get("en"));
    assertThat(found("cooperaciones -vecinos")).isEmpty();
    assertThat(page(Map.of("q", "переговоры", "sort", "relevance")).getList("items.id"))
        .containsExactly(ids.get("ru"));
    JsonPath facets =
        given()
            .queryParam("agency", AGENCY)
            .queryParam("q", "cooperaciones or переговоры")
            .get("/facets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(facets.getLong("total")).isEqualTo(2);
    assertThat(facets.getList("language.value")).containsExactlyInAnyOrder("es", "ru");
  }

  @Test
  void theLanguageFilterStillSelectsAndNarrowsTheQuery() {
    assertThat(found("cooperaciones", "es")).containsExactly(ids.get("es"));
    assertThat(found("cooperaciones", "en")).isEmpty();
    assertThat(found("cooperations", "en")).containsExactly(ids.get("en"));
  }

  @Test
  void theSnippetMarksTheMatchedWordInTheRowsLanguage() {
    assertThat(snippet("переговоры")).contains("<mark>переговорах</mark>");
    assertThat(snippet("cooperaciones")).contains("<mark>cooperación</mark>");
    assertThat(snippet("Verhandlung")).contains("<mark>Verhandlungen</mark>");
    // the rank comes from the row's own query: a match ranks above zero
    assertThat(page(Map.of("q", "négociation")).getFloat("items[0].rank")).isPositive();
  }

  @Test
  void chineseAndJapaneseAreFoundByAWordTheyContain() {
    assertThat(found("会谈")).containsExactly(ids.get("zh"));
    assertThat(found("举行会谈")).containsExactly(ids.get("zh"));
    assertThat(found("首脳会談")).containsExactly(ids.get("ja"));
    // the bigrams of a phrase must follow each other as in the text
    assertThat(found("会谈举行")).isEmpty();
    assertThat(found("国会")).isEmpty();
    assertThat(found("会谈 -合作")).isEmpty();
    assertThat(found("\"美国举行\"")).containsExactly(ids.get("zh"));
    assertThat(snippet("会谈")).startsWith("中国和美国举行会谈");
  }

  private List<String> found(String q) {
    return page(Map.of("q", q)).getList("items.id", String.class);
  }

  private List<String> found(String q, String language) {
    return page(Map.of("q", q, "language", language)).getList("items.id", String.class);
  }

  private String snippet(String q) {
    JsonPath page = page(Map.of("q", q));
    assertThat(page.getList("items")).as(q).hasSize(1);
    return page.getString("items[0].snippet");
  }

  private JsonPath page(Map<String, String> params) {
    return given()
        .queryParams(params)
        .queryParam("agency", AGENCY)
        .get("/dispatches")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static DispatchEvent event(String language, String headline, String body) {
    return new DispatchEvent(
        Events.newId(),
        Events.newId(),
        0,
        "dispatch",
        headline,
        "GENEVA",
        AGENCY,
        "GENEVA (" + AGENCY + ") —",
        "May 4",
        LocalDate.of(2025, 5, 4),
        body,
        body.split("\\s+").length,
        language,
        List.of(),
        new DispatchEvent.Source("file", "language-test", Instant.parse("2026-02-01T00:00:00Z")));
  }
}
