package io.dispatchline.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One request of the hostile corpus and what its answer must be.
 *
 * @param why what it tries
 * @param service which service it goes to
 * @param method the HTTP method, sent as given
 * @param target path and query, sent as given (not re-encoded)
 * @param headers {@code Name: value} lines; with no Authorization among them the valid token of the
 *     service is added, so that the request tests what it means to test
 * @param body the body, or null for none
 * @param expect what a correct answer looks like
 * @param status the exact status required, or 0 for any 4xx
 */
record HostileRequest(
    String why,
    Service service,
    String method,
    String target,
    List<String> headers,
    byte[] body,
    Expect expect,
    int status) {

  enum Service {
    INGEST,
    QUERY
  }

  enum Expect {
    /** 4xx, application/problem+json with a matching status and a title. */
    PROBLEM,
    /**
     * Refused by the HTTP server itself before any application code (request line or headers over
     * the server's limits, broken framing): 4xx; Vert.x gives these no body.
     */
    TRANSPORT,
    /** Hostile but valid (an injection string as a value): 2xx JSON or 4xx problem, never 5xx. */
    SAFE,
    /** Like SAFE, and a 200 page must be empty: the value matched literally, nothing else. */
    EMPTY
  }

  String label() {
    String t = target.length() > 60 ? target.substring(0, 57) + "..." : target;
    return service.name().toLowerCase(Locale.ROOT) + " " + method + " " + t + " (" + why + ")";
  }

  boolean hasHeader(String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix));
  }

  /** The request line and headers as bytes (header values may hold any byte). */
  byte[] head(String hostAndPort, String token) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(hostAndPort).append("\r\n");
    head.append("Connection: close\r\n");
    if (token != null && !hasHeader("Authorization")) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    if (body != null && !hasHeader("Content-Length") && !hasHeader("Transfer-Encoding")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Null when the answer is what it must be, else why not. */
  String judge(RawHttp.Answer answer) {
    int s = answer.status();
    if (s >= 500) {
      return "server error " + s + ": " + answer.text();
    }
    if (status != 0 && s != status) {
      return "status " + s + " instead of " + status + ": " + answer.text();
    }
    if (expect == Expect.TRANSPORT) {
      return s >= 400 ? null : "status " + s + " for a request the server must refuse";
    }
    if (s >= 400) {
      return problemIssue(answer);
    }
    if (expect == Expect.PROBLEM) {
      return "status " + s + " for a malformed request: " + abbreviated(answer.text());
    }
    if (answer.contentType().startsWith("text/event-stream")) {
      return null;
    }
    if (!answer.contentType().startsWith("application/json")) {
      return "status " + s + " with content type " + answer.contentType();
    }
    if (expect == Expect.EMPTY) {
      JsonNode page = parse(answer);
      if (page.path("items").size() > 0 || page.path("total").asLong() > 0) {
        return "matches for a value no dispatch has (not taken literally): "
            + abbreviated(answer.text());
      }
    }
    return null;
  }

  private static String problemIssue(RawHttp.Answer answer) {
    if (!answer.contentType().startsWith("application/problem+json")) {
      return "status " + answer.status() + " with content type '" + answer.contentType() + "'";
    }
    JsonNode problem = parse(answer);
    if (problem.path("status").asInt() != answer.status()
        || problem.path("title").asText().isBlank()) {
      return "problem without a matching status and a title: " + answer.text();
    }
    return null;
  }

  private static JsonNode parse(RawHttp.Answer answer) {
    try {
      return Uploader.JSON.readTree(answer.body());
    } catch (Exception e) {
      return Uploader.JSON.createObjectNode().put("unparsable", answer.text());
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /**
   * Bytes of a corpus value: UTF-8 text with escapes {@code \n \r \t \\}, {@code \xNN} (one raw
   * byte) and {@code \}{@code uXXXX} (a character, UTF-8 encoded).
   */
  static byte[] unescape(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char e = value.charAt(++i);
      switch (e) {
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'x' -> {
          out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          char u = (char) Integer.parseInt(value.substring(i + 1, i + 5), 16);
          out.writeBytes(String.valueOf(u).getBytes(StandardCharsets.UTF_8));
          i += 4;
        }
        default -> out.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
