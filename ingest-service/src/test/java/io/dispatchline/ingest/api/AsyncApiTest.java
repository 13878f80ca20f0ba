package io.dispatchline.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The subscriber contract is served by the service, byte for byte as kept in the repository. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class AsyncApiTest {

  static final Path ASYNCAPI = Path.of("../docs/asyncapi.yaml");
  static final Path SCHEMA = Path.of("../docs/contract/dispatch-event.schema.json");

  @Test
  void servedAsyncApiIsTheRepositoryFile() throws Exception {
    byte[] served = given().get("/asyncapi.yaml").then().statusCode(200).extract().asByteArray();
    assertThat(served).isEqualTo(Files.readAllBytes(ASYNCAPI));
  }

  @Test
  void servedSchemaIsTheRepositoryFileTheAsyncApiRefersTo() throws Exception {
    byte[] served =
        given()
            .get("/contract/dispatch-event.schema.json")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(served).isEqualTo(Files.readAllBytes(SCHEMA));
    assertThat(Files.readString(ASYNCAPI))
        .contains("$ref: './contract/dispatch-event.schema.json'");
  }

  @Test
  void asyncApiDescribesEveryTopicWithKeysHeadersAndGuarantees() throws Exception {
    String asyncapi = Files.readString(ASYNCAPI);
    assertThat(asyncapi)
        .startsWith("asyncapi: 3.0.0")
        .contains("address: dispatches\n")
        .contains("address: documents\n")
        .contains("address: documents-dlq\n")
        .contains("address: dispatches-dlq\n")
        .contains("address: feeds\n")
        .contains("address: feed-items-seen\n")
        .contains("cleanup.policy=compact")
        .contains("read_committed")
        .contains("dead-letter-reason")
        .contains("ce_specversion")
        .contains("key:");
  }
}
