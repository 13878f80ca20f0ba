package io.dispatchline.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With DISPATCHLINE_READ_TOKEN set, every API read needs the bearer token; /q stays open. */
@QuarkusTest
@TestProfile(ReadTokenTest.TokenRequired.class)
@WithTestResource(LocalStackTestResource.class)
public class ReadTokenTest {

  public static final String TOKEN = "read-secret-4711";

  public static class TokenRequired implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dispatchline.read-token", TOKEN);
    }
  }

  @Test
  void withoutATokenReadsAre401ProblemWithAChallenge() {
    for (String path :
        new String[] {
          "/dispatches", "/dispatches/x", "/documents/x", "/facets", "/dispatches/stream"
        }) {
      given()
          .get(path)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("status", equalTo(401));
    }
  }

  @Test
  void aWrongTokenIs401() {
    given()
        .auth()
        .oauth2("wrong")
        .get("/dispatches")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("invalid_token"));
    given().header("Authorization", "Basic " + TOKEN).get("/dispatches").then().statusCode(401);
    given().auth().oauth2(TOKEN + "x").get("/dispatches").then().statusCode(401);
  }

  @Test
  void theRightTokenReads() {
    given().auth().oauth2(TOKEN).get("/dispatches").then().statusCode(200);
    given().auth().oauth2(TOKEN).get("/facets").then().statusCode(200);
    given().auth().oauth2(TOKEN).get("/documents/none").then().statusCode(404);
  }

  @Test
  void healthAndOpenApiStayOpen() {
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}
