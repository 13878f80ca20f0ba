package io.dispatchline.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP server itself used to refuse with an empty body: a URI that does not decode, a
 * request line or headers over the configured limits. Sent over a raw socket, byte for byte, since
 * HTTP clients refuse to send them.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class MalformedRequestProblemTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/documents";
  private static final int LINE_LIMIT = 4096; // Quarkus' default, not changed here

  @Test
  void malformedPercentEscapeInTheQueryIsABadRequestProblem() throws IOException {
    Answer answer = get("GET PATH?cursor=%%%25zz HTTP/1.1");
    answer.assertProblem(400);
    assertThat(answer.problem().get("detail").asText()).contains("'%'");
  }

  @Test
  void malformedPercentEscapeInThePathIsABadRequestProblem() throws IOException {
    get("GET PATH/%zz HTTP/1.1").assertProblem(400);
    get("GET PATH/a% HTTP/1.1").assertProblem(400);
  }

  @Test
  void requestLineOverTheLimitIsAUriTooLongProblem() throws IOException {
    Answer answer = get("GET PATH?source=" + "a".repeat(LINE_LIMIT) + " HTTP/1.1");
    answer.assertProblem(414);
    assertThat(answer.problem().get("detail").asText()).contains("limit is " + LINE_LIMIT);
  }

  @Test
  void headersOverTheLimitAreAHeaderFieldsTooLargeProblem() throws IOException {
    get("GET PATH HTTP/1.1", "X-Padding: " + "a".repeat(21_000)).assertProblem(431);
  }

  @Test
  void requestsWithinTheLimitsStillReachTheApi() throws IOException {
    Answer answer = get("GET /q/health/live HTTP/1.1", "X-Padding: " + "a".repeat(10_000));
    assertThat(answer.status()).isNotIn(400, 414, 431);
  }

  @Test
  void contentTypeThatIsNoMediaTypeIsAnUnsupportedMediaTypeProblem() throws IOException {
    for (String type : new String[] {";;;", "text", "text/plain, text/html"}) {
      Answer answer = get("POST PATH HTTP/1.1", "Content-Type: " + type, "Content-Length: 0");
      answer.assertProblem(415);
    }
  }

  record Answer(int status, String contentType, String body) {
    JsonNode problem() throws IOException {
      return JSON.readTree(body);
    }

    void assertProblem(int expected) throws IOException {
      assertThat(status).as(body).isEqualTo(expected);
      assertThat(contentType).startsWith("application/problem+json");
      JsonNode problem = problem();
      assertThat(problem.get("status").asInt()).isEqualTo(expected);
      assertThat(problem.get("type").asText()).startsWith("https://dispatchline.io/problems/");
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).isNotBlank();
    }
  }

  private static Answer get(String requestLine, String... headers) throws IOException {
    StringBuilder request = new StringBuilder(requestLine.replace("PATH", PATH)).append("\r\n");
    request.append("Host: localhost\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Status, content type and body of a response that is not chunked (these never are). */
  private static Answer parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    assertThat(end).as("a complete response head: " + response).isPositive();
    String[] head = response.substring(0, end).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    String contentType = "";
    for (String line : head) {
      if (line.toLowerCase().startsWith("content-type:")) {
        contentType = line.substring("content-type:".length()).trim();
      }
    }
    return new Answer(status, contentType, response.substring(end + 4));
  }
}
