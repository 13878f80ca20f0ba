package io.dispatchline.query.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.api.ReadTokenTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** With DISPATCHLINE_READ_TOKEN set, the page needs it too: a sign-in form, then a cookie. */
@QuarkusTest
@TestProfile(ReadTokenTest.TokenRequired.class)
@WithTestResource(LocalStackTestResource.class)
class ReaderPageTokenTest {

  @Test
  void withoutTheTokenThePageIsASignInFormThatComesBack() {
    Response r = given().accept("text/html").get("/?q=harbour");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(r.asString())
        .contains("<form class=\"sign-in\" action=\"/sign-in\" method=\"post\">")
        .contains("name=\"then\" value=\"/?q=harbour\"")
        .doesNotContain("results-heading");
    assertThat(given().accept("text/html").get("/read/x").statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneSetsAnHttpOnlyCookie() {
    given()
        .redirects()
        .follow(false)
        .formParam("token", "wrong")
        .formParam("then", "/?q=harbour")
        .post("/sign-in")
        .then()
        .statusCode(401);
    Response ok =
        given()
            .redirects()
            .follow(false)
            .formParam("token", ReadTokenTest.TOKEN)
            .formParam("then", "//evil.example/")
            .post("/sign-in");
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.header("Location")).endsWith("/").doesNotContain("evil");
    String setCookie = ok.header("Set-Cookie");
    assertThat(setCookie).contains("dispatchline_read_token=").containsIgnoringCase("HttpOnly");
    assertThat(setCookie).containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void theCookieOpensThePageAndTheApiTheBearerTokenToo() {
    String cookie = ReadTokenTest.TOKEN;
    assertThat(given().cookie("dispatchline_read_token", cookie).get("/").statusCode())
        .isEqualTo(200);
    assertThat(given().cookie("dispatchline_read_token", cookie).get("/dispatches").statusCode())
        .isEqualTo(200);
    assertThat(given().cookie("dispatchline_read_token", "nope").get("/").statusCode())
        .isEqualTo(401);
    assertThat(given().auth().oauth2(ReadTokenTest.TOKEN).get("/").statusCode()).isEqualTo(200);
  }
}
