package io.dispatchline.system.reliability;

import io.dispatchline.system.reliability.HostileRequest.Expect;
import io.dispatchline.system.reliability.HostileRequest.Service;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Odd but plausible documents: each must either be refused with a problem+json 4xx, or, once
 * accepted (202), be stored — an accepted document that query-service cannot store (it ends in
 * {@code dispatches-dlq}) is a document lost.
 */
final class EdgeDocuments {

  /** What happened: accepted documents with the ids their answers named, and what went wrong. */
  record Outcome(int sent, Map<String, Expected> accepted, int refused, List<String> failures) {
    String summary() {
      return accepted.size()
          + " accepted (must be stored), "
          + refused
          + " refused with problem+json";
    }
  }

  private record Edge(String why, String query, String contentType, byte[] body) {}

  private EdgeDocuments() {}

  static Outcome upload(ReliabilitySystem system, String token) throws IOException {
    Map<String, Expected> accepted = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int refused = 0;
    List<Edge> edges = edges(token);
    URI base = URI.create(system.ingestUrl());
    for (Edge e : edges) {
      HostileRequest request =
          new HostileRequest(
              e.why(),
              Service.INGEST,
              "POST",
              "/documents" + e.query(),
              List.of("Content-Type: " + e.contentType()),
              e.body(),
              Expect.SAFE,
              0);
      RawHttp.Answer answer =
          RawHttp.exchange(
              base.getHost(),
              base.getPort(),
              request.head(base.getHost() + ":" + base.getPort(), ReliabilitySystem.INGEST_TOKEN),
              e.body());
      if (answer.status() == 202) {
        var published = Uploader.JSON.readTree(answer.body());
        List<String> ids = new ArrayList<>();
        published.get("dispatches").forEach(d -> ids.add(d.get("id").asText()));
        accepted.put(e.why(), new Expected(published.get("documentId").asText(), ids));
      } else if (request.judge(answer) == null) {
        refused++;
      } else {
        failures.add(e.why() + ": " + request.judge(answer));
      }
    }
    return new Outcome(edges.size(), accepted, refused, failures);
  }

  private static List<Edge> edges(String token) {
    String dateline = "GENEVA, March 3 (Reuters) - Delegates met on Monday about ";
    List<Edge> edges = new ArrayList<>();
    edges.add(
        html(
            "NUL and control character references in HTML",
            "<html><body><h1>Entities "
                + token
                + "</h1><p>"
                + dateline
                + "the &#0; and &#x0; and &#1; references, "
                + token
                + "a.</p></body></html>"));
    edges.add(text("noncharacters", dateline + "\uFFFF\uFFFE noncharacters " + token + "b."));
    edges.add(
        text(
            "emoji, right-to-left and combining marks",
            dateline + "💥 \u202Egnirts\u202C e\u0301 \u05E9\u05DC\u05D5\u05DD " + token + "c."));
    edges.add(
        new Edge(
            "a Unicode source",
            "?source=Z%C3%BCrich%2F%E6%96%B0%E9%97%BB",
            "text/plain",
            utf8(dateline + "a Unicode source " + token + "d.")));
    edges.add(
        new Edge(
            "a long source",
            "?source=" + "s".repeat(2000),
            "text/plain",
            utf8(dateline + "a long source " + token + "e.")));
    edges.add(
        new Edge(
            "published as a date-time with offset",
            "?published=2025-03-04T23:30:00-05:00",
            "text/plain",
            utf8(dateline + "a date-time " + token + "f.")));
    edges.add(
        new Edge(
            "published in year 9999",
            "?published=9999-12-31",
            "text/plain",
            utf8(dateline + "the far future " + token + "g.")));
    edges.add(
        new Edge(
            "published in year 1000",
            "?published=1000-03-04",
            "text/plain",
            utf8(dateline + "the far past " + token + "h.")));
    edges.add(
        new Edge(
            "JSON text with a lone surrogate",
            "",
            "application/json",
            utf8("{\"text\": \"" + dateline + "a lone \\ud800 surrogate " + token + "i.\"}")));
    edges.add(
        text(
            "CRLF, tabs, form feeds and line separators",
            "Headline "
                + token
                + "\r\n\r\n"
                + dateline
                + "tabs\tand\fform feeds\u2028 "
                + token
                + "j."));
    edges.add(
        text("a body too large to index", dateline + token + "k " + distinctWords(900_000) + "."));
    return edges;
  }

  private static Edge text(String why, String text) {
    return new Edge(why, "?published=2025-03-04", "text/plain; charset=UTF-8", utf8(text));
  }

  private static Edge html(String why, String html) {
    return new Edge(why, "?published=2025-03-04", "text/html; charset=UTF-8", utf8(html));
  }

  /** Distinct letter words, the worst case for PostgreSQL's full-text index of a body. */
  private static String distinctWords(int chars) {
    Random random = new Random(3);
    StringBuilder words = new StringBuilder(chars + 8);
    while (words.length() < chars) {
      for (int i = 0; i < 5; i++) {
        words.append((char) ('a' + random.nextInt(26)));
      }
      words.append(' ');
    }
    return words.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
