package io.dispatchline.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.dispatchline.ingest.TestDocuments;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No upload token configured: uploads are refused, not open; preview still works. */
@QuarkusTest
@TestProfile(UploadsWithoutTokenTest.NoToken.class)
@WithTestResource(LocalStackTestResource.class)
class UploadsWithoutTokenTest {

  /** The service started without INGEST_TOKEN. */
  public static class NoToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "dispatchline.ingest.token", "",
          "dispatchline.seeds.dir", "",
          "dispatchline.inbox.dir", "",
          "mp.messaging.incoming.documents.enabled", "false");
    }
  }

  @Test
  void uploadsAreRefusedWith503SayingNoTokenIsConfiguredWhateverTheHeader() {
    for (String authorization : new String[] {"", "Bearer ", "Bearer test-token"}) {
      given()
          .header("Authorization", authorization)
          .contentType("text/plain")
          .body(TestDocuments.text("no-token", 1))
          .post("/documents")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("type", containsString("uploads-disabled"))
          .body("detail", containsString("INGEST_TOKEN"));
    }
  }

  @Test
  void previewStillWorks() {
    given()
        .contentType("text/plain")
        .body(TestDocuments.text("no-token", 1))
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }
}
