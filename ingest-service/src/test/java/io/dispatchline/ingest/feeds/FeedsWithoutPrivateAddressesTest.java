package io.dispatchline.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default: no fetch of loopback, private or link-local addresses, by name or by number. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestProfile(FeedsWithoutPrivateAddressesTest.NoPrivate.class)
class FeedsWithoutPrivateAddressesTest {

  public static class NoPrivate implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dispatchline.fetch.allow-private", "false");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/feed.xml",
        "http://localhost/feed.xml",
        "http://10.1.2.3/rss",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/atom.xml"
      })
  void registeringAFeedOnAPrivateAddressAnswers400(String url) {
    given()
        .header("Authorization", "Bearer test-token")
        .contentType("application/json")
        .body(Map.of("url", url))
        .post("/feeds")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("type", containsString("fetch-refused"))
        .body("detail", containsString("DISPATCHLINE_FETCH_ALLOW_PRIVATE"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://127.0.0.1:8080/page.html", "http://localhost/", "http://10.0.0.1/"})
  void ingestingAPageOnAPrivateAddressAnswers400(String url) {
    given()
        .header("Authorization", "Bearer test-token")
        .queryParam("url", url)
        .post("/documents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", containsString("fetch-refused"));
  }
}
