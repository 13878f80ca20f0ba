package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DispatchResourceTest {

  @Inject DispatchStore store;

  @Test
  void unknownIdAnswers404ProblemJson() {
    given()
        .get("/dispatches/{id}", "does-not-exist")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not found"))
        .body("detail", containsString("does-not-exist"));
  }

  @Test
  void storedDispatchIsServedWithEveryField() {
    DispatchEvent e = Events.dispatch(Events.newId(), Events.newId(), 0, "One two three.");
    store.upsert(List.of(e));

    given()
        .get("/dispatches/{id}", e.id())
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("id", equalTo(e.id()))
        .body("documentId", equalTo(e.documentId()))
        .body("sequence", equalTo(0))
        .body("kind", equalTo("dispatch"))
        .body("headline", equalTo("Headline 0"))
        .body("located", equalTo("BISHKEK"))
        .body("agency", equalTo("Xinhua"))
        .body("datelineText", equalTo("BISHKEK, Oct. 26 (Xinhua) —"))
        .body("date", equalTo("2023-10-26"))
        .body("body", equalTo("One two three."))
        .body("mentions[0].name", equalTo("China"))
        .body("source.ingestedAt", equalTo("2026-01-01T00:00:00Z"));
  }

  @Test
  void pagingWithTheCursorReturnsEveryDispatchOnceInDocumentOrder() {
    String doc = Events.newId();
    List<DispatchEvent> events =
        IntStream.range(0, 7)
            .mapToObj(i -> Events.dispatch(Events.newId(), doc, i, "Body " + i + "."))
            .toList();
    store.upsert(events);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("limit", 3).queryParam("sort", "document");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/dispatches").then().statusCode(200).extract().jsonPath();
      List<String> ids = page.getList("items.id");
      assertThat(ids).hasSizeLessThanOrEqualTo(3);
      seen.addAll(ids);
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 1000);

    assertThat(seen).doesNotHaveDuplicates();
    List<String> ours =
        seen.stream().filter(id -> events.stream().anyMatch(e -> e.id().equals(id))).toList();
    assertThat(ours).containsExactlyElementsOf(events.stream().map(DispatchEvent::id).toList());
  }

  @Test
  void limitOutOfRangeAnswers400NamingTheParameter() {
    for (String bad : List.of("0", "101", "-1", "ten", "1e3")) {
      given()
          .queryParam("limit", bad)
          .get("/dispatches")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("limit"));
    }
  }

  @Test
  void malformedCursorAnswers400NamingTheParameter() {
    for (String bad : List.of("!!!", "bm90IGEgY3Vyc29y", "' OR 1=1 --")) {
      given()
          .queryParam("cursor", bad)
          .get("/dispatches")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("cursor"));
    }
  }

  @Test
  void unknownPathAnswers404ProblemJson() {
    given()
        .get("/no-such-endpoint")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}
