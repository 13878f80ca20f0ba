package io.dispatchline.system.reliability;

import io.dispatchline.system.reliability.HostileRequest.Expect;
import io.dispatchline.system.reliability.HostileRequest.Service;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes to ingest-service and reads from query-service (whose read token is configured here) with
 * every wrong credential a client or an attacker may send: each must be a 401 problem+json with
 * {@code WWW-Authenticate}.
 */
final class AuthAttempts {

  private AuthAttempts() {}

  static HostileRun run(ReliabilitySystem system, TestDocument document) {
    List<HostileRequest> requests = new ArrayList<>();
    byte[] body = document.text().getBytes(StandardCharsets.UTF_8);
    for (List<String> headers :
        wrongCredentials(ReliabilitySystem.INGEST_TOKEN, ReliabilitySystem.READ_TOKEN)) {
      requests.add(
          new HostileRequest(
              "wrong credential",
              Service.INGEST,
              "POST",
              "/documents?source=" + document.name(),
              with(headers, "Content-Type: text/plain; charset=UTF-8"),
              body,
              Expect.PROBLEM,
              401));
    }
    requests.add(
        new HostileRequest(
            "token as a query parameter",
            Service.INGEST,
            "POST",
            "/documents?access_token=" + ReliabilitySystem.INGEST_TOKEN,
            List.of("Content-Type: text/plain"),
            body,
            Expect.PROBLEM,
            401));
    for (List<String> headers :
        wrongCredentials(ReliabilitySystem.READ_TOKEN, ReliabilitySystem.INGEST_TOKEN)) {
      for (String path : List.of("/dispatches", "/facets", "/documents/x", "/dispatches/stream")) {
        requests.add(
            new HostileRequest(
                "wrong credential",
                Service.QUERY,
                "GET",
                path,
                headers,
                null,
                Expect.PROBLEM,
                401));
      }
    }
    return HostileRun.withoutTokens(system).send(requests);
  }

  /** Header sets that must not pass for {@code token}; {@code other} is a valid token elsewhere. */
  static List<List<String>> wrongCredentials(String token, String other) {
    String lookalike = token.substring(0, 1) + "\u0435" + token.substring(2); // Cyrillic e
    String basic =
        Base64.getEncoder().encodeToString(("user:" + token).getBytes(StandardCharsets.UTF_8));
    List<String> values =
        List.of(
            "",
            "Bearer",
            "Bearer ",
            "Bearer " + new StringBuilder(token).reverse(),
            "Bearer " + token.toUpperCase(java.util.Locale.ROOT),
            "Bearer " + token.substring(0, token.length() - 1),
            "Bearer " + token + "x",
            "Bearer " + token.repeat(40),
            "Bearer " + token + " " + token,
            "Bearer " + other,
            "Basic " + basic,
            "Token " + token,
            "BearerX " + token,
            token,
            "Bearer "
                + new String(
                    lookalike.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    List<List<String>> sets = new ArrayList<>();
    sets.add(List.of()); // no Authorization at all
    sets.add(List.of("X-Api-Key: " + token));
    values.forEach(v -> sets.add(List.of("Authorization: " + v)));
    return sets;
  }

  private static List<String> with(List<String> headers, String extra) {
    List<String> all = new ArrayList<>(headers);
    all.add(extra);
    return all;
  }
}
