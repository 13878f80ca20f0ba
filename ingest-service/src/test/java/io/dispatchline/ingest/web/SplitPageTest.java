package io.dispatchline.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The split page as a browser without JavaScript gets it: the form, then the split. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SplitPageTest {

  static final Path SEED = Path.of("../seeds/000_46777cb8c7ebe838.txt");
  private static final Pattern EVENT = Pattern.compile("<li class=\"event\" data-kind=\"(\\w+)\">");

  /** The form as a browser posts it: multipart, the fields in UTF-8. */
  private static Response split(String text, String type) {
    String boundary = "----dispatchline-test-boundary";
    String body =
        field(boundary, "text", text)
            + field(boundary, "type", type)
            + field(boundary, "source", "")
            + "--"
            + boundary
            + "--\r\n";
    return given()
        .accept("text/html")
        .contentType("multipart/form-data; boundary=" + boundary)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/");
  }

  private static String field(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  @Test
  void theFormIsServedAtTheRootWithAStrictContentSecurityPolicy() {
    Response r = given().accept("text/html").get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.asString())
        .contains("<label for=\"text\">Page text or HTML</label>", "<main id=\"main\">");
    String csp = r.header("Content-Security-Policy");
    assertThat(csp).contains("script-src 'self'", "default-src 'none'").doesNotContain("unsafe");
    assertThat(r.asString()).doesNotContainPattern("<script>[^<]").doesNotContain(" style=");
  }

  @Test
  void theSeedSplitsIntoOneArticleAndEightDispatchesWithTheirFieldsAndTheDroppedChrome()
      throws IOException {
    Response r = split(Files.readString(SEED, StandardCharsets.UTF_8), "auto");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.asString();
    assertThat(html).contains("9 items: 1 article, 8 dispatches");
    Matcher m = EVENT.matcher(html);
    StringBuilder kinds = new StringBuilder();
    while (m.find()) {
      kinds.append(m.group(1).charAt(0));
    }
    assertThat(kinds.toString()).isEqualTo("a" + "d".repeat(8));
    assertThat(html)
        .contains("<dd class=\"f-located\">BISHKEK</dd>", "<dd class=\"f-agency\">Xinhua</dd>");
    assertThat(html).contains("<dd class=\"f-date\">2023-10-26</dd>");
    assertThat(html).contains("class=\"block dropped\"", "Dropped: page chrome");
    assertThat(html).contains("data-owner=\"9\"");
  }

  @Test
  void markupInAPastedTextPageIsShownAsText() {
    String page =
        "Harbour reopens\n\nVALLETTA, March 3 (Reuters) - Crews wrote <script>alert(1)</script>"
            + " and <img src=x onerror=alert(2)> on the quay wall, officials said on Monday.\n";
    String html = split(page, "text").asString();
    assertThat(html).doesNotContain("<script>alert", "<img src=x");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void aPageWithNoDispatchShowsTheProblemInWords() {
    Response r = split("just a few words", "text");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.asString())
        .contains("role=\"alert\"", "The page could not be split", "(HTTP 422)");
    Response empty = split("", "text");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.asString()).contains("(HTTP 400)");
  }
}
