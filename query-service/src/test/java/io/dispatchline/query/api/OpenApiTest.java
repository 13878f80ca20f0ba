package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class OpenApiTest {

  @Test
  void everyParameterAndErrorIsDocumented() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths.'/dispatches'.get.parameters.name",
            hasItems(
                "q",
                "agency",
                "located",
                "mention",
                "kind",
                "documentId",
                "from",
                "to",
                "sort",
                "limit",
                "cursor",
                "view"))
        .body("paths.'/dispatches'.get.responses.keySet()", hasItems("200", "400", "401"))
        .body("paths.'/dispatches/stream'.get.parameters.name", hasItems("q", "Last-Event-ID"))
        .body("paths.'/facets'.get.parameters.name", hasItems("q", "mention", "limit"))
        .body(
            "paths.'/dispatches'.get.parameters.find { it.name == 'language' }.description",
            containsString("ISO 639-1"))
        .body(
            "paths.'/dispatches'.get.parameters.find { it.name == 'q' }.description",
            containsString("own language"))
        .body("paths.'/documents/{id}'.get.responses.keySet()", hasItems("200", "404"))
        .body(
            "paths.'/dispatches/{id}'.get.responses.'404'.content.keySet()",
            hasItems("application/problem+json"))
        .body("components.securitySchemes.readToken.scheme", equalTo("bearer"))
        .body("security", hasItem(hasKey("readToken")));
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
