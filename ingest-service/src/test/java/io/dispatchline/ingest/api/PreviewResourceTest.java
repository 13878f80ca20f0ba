package io.dispatchline.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class PreviewResourceTest {

  static final Path SEED = Path.of("../seeds/000_46777cb8c7ebe838.txt");

  @Test
  void textPreviewReturnsTheSeedsNineEventsWithoutPublishing() throws IOException {
    JsonPath preview =
        given()
            .contentType("text/plain; charset=UTF-8")
            .queryParam("source", "my-upload.txt")
            .body(Files.readString(SEED))
            .post("/documents/preview")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .body("count", equalTo(9))
            .body("dispatches[0].kind", equalTo("article"))
            .body("dispatches[1].located", equalTo("BISHKEK"))
            .body("dispatches[1].agency", equalTo("Xinhua"))
            .body("dispatches[1].date", equalTo("2023-10-26"))
            .body("dispatches[1].source.type", equalTo("preview"))
            .body("dispatches[1].source.name", equalTo("my-upload.txt"))
            .extract()
            .jsonPath();
    assertThat(preview.getString("documentId")).matches("[0-9a-f]{32}");
  }

  @Test
  void htmlOfTheSamePageGivesTheSameDispatches() throws IOException {
    String text = Files.readString(SEED);
    StringBuilder html = new StringBuilder("<html><body><nav>Home | World | Share</nav><main>");
    for (String paragraph : text.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
      }
    }
    html.append("</main><footer>Copyright 2023</footer></body></html>");

    List<String> textIds = idsOf("text/plain", text);
    List<String> htmlIds = idsOf("text/html", html.toString());
    assertThat(htmlIds).hasSize(9).containsExactlyElementsOf(textIds);
  }

  @Test
  void indexPageIsPreviewedAsTeasersAlikeInTextAndHtml() throws IOException {
    Path corpus = Path.of("src/test/resources/split/corpus");
    JsonPath text =
        previewOf("text/plain", Files.readString(corpus.resolve("index-page.txt")), "2023-10-20");
    List<String> kinds = text.getList("dispatches.kind");
    assertThat(kinds).isNotEmpty().containsOnly("teaser");
    assertThat(text.getString("dispatches[0].headline"))
        .isEqualTo("Typhoon makes landfall in southern province");
    assertThat(text.getString("dispatches[0].date")).isEqualTo("2023-10-17");

    List<String> htmlIds =
        previewOf("text/html", Files.readString(corpus.resolve("index-page.html")), "2023-10-20")
            .getList("dispatches.id");
    assertThat(htmlIds).containsExactlyElementsOf(text.getList("dispatches.id"));
  }

  @Test
  void jsonFormTakesTextSourceAndReferenceDate() {
    String doc =
        "Talks resume\n\nGENEVA, March 3 (Reuters) - Delegates met again on Monday to discuss"
            + " the draft accord, officials said.";
    given()
        .contentType("application/json")
        .body(Map.of("text", doc, "source", "https://example.org/a", "publishedAt", "2025-03-04"))
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("dispatches[0].agency", equalTo("Reuters"))
        .body("dispatches[0].located", equalTo("GENEVA"))
        .body("dispatches[0].date", equalTo("2025-03-03"))
        .body("dispatches[0].source.name", equalTo("https://example.org/a"));
  }

  @Test
  void emptyBodyAnswers400() {
    problem(given().contentType("text/plain").body(""), 400, "empty");
    problem(given().contentType("text/plain").body("   \n\n  "), 400, "empty");
  }

  @Test
  void binaryOrNotUtf8BodyAnswers415() {
    byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    // Without a charset parameter the body must be UTF-8 (RestAssured would add ISO-8859-1).
    var noDefaultCharset =
        RestAssuredConfig.config()
            .encoderConfig(
                EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    problem(
        given().config(noDefaultCharset).contentType("text/plain").body(latin1),
        415,
        "not valid UTF-8");
    problem(given().contentType("text/plain; charset=UTF-8").body(latin1), 415, "not valid UTF-8");
    problem(
        given().contentType("text/plain; charset=UTF-8").body(new byte[] {'a', 0, 1, 2, 'b'}),
        415,
        "binary");
  }

  @Test
  void declaredCharsetIsHonoured() {
    String doc =
        "Caf\u00e9 talks\n\nPARIS, May 2 (AFP) - Ministers met in a caf\u00e9 on Friday, an aide"
            + " said.";
    given()
        .contentType("text/plain; charset=ISO-8859-1")
        .body(doc.getBytes(StandardCharsets.ISO_8859_1))
        .post("/documents/preview")
        .then()
        .statusCode(200)
        .body("dispatches[0].headline", equalTo("Caf\u00e9 talks"));
  }

  @Test
  void unsupportedContentTypeAnswers415ProblemJson() {
    problem(given().contentType("application/xml").body("<a/>"), 415, null);
    problem(given().contentType("application/octet-stream").body(new byte[] {1, 2}), 415, null);
  }

  @Test
  void bodyOverTheLimitAnswers413() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    problem(given().contentType("text/plain").body(big), 413, "limit");
  }

  @Test
  void malformedJsonAnswers400NamingTheProblem() {
    problem(given().contentType("application/json").body("{\"text\": "), 400, "not valid JSON");
    problem(given().contentType("application/json").body("[1,2]"), 400, "JSON object");
    problem(
        given().contentType("application/json").body("{\"text\":\"a\",\"html\":\"b\"}"),
        400,
        "exactly one");
    problem(given().contentType("application/json").body("{\"text\": 42}"), 400, "string");
  }

  @Test
  void badReferenceDateAnswers400NamingTheParameter() {
    problem(
        given().contentType("text/plain").queryParam("published", "yesterday").body("Some text."),
        400,
        "published");
  }

  @Test
  void documentWithoutArticleOrDispatchAnswers422() {
    problem(
        given().contentType("text/html").body("<html><body><nav>Home</nav></body></html>"),
        422,
        "no article or dispatch");
  }

  private static List<String> idsOf(String type, String body) {
    return previewOf(type, body, null).getList("dispatches.id");
  }

  private static JsonPath previewOf(String type, String body, String published) {
    var request = given().contentType(type + "; charset=UTF-8").body(body);
    if (published != null) {
      request.queryParam("published", published);
    }
    return request.post("/documents/preview").then().statusCode(200).extract().jsonPath();
  }

  private static void problem(
      io.restassured.specification.RequestSpecification request, int status, String detail) {
    var response =
        request
            .post("/documents/preview")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("title", org.hamcrest.Matchers.notNullValue())
            .body("trace", nullValue());
    if (detail != null) {
      response.body("detail", containsString(detail));
    }
  }
}
