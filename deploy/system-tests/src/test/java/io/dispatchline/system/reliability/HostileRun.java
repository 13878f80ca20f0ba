package io.dispatchline.system.reliability;

import io.dispatchline.system.reliability.HostileRequest.Expect;
import io.dispatchline.system.reliability.HostileRequest.Service;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sends hostile requests to the running services and judges every answer. */
final class HostileRun {

  private final ReliabilitySystem system;
  private final boolean withTokens;
  private final List<String> failures = new ArrayList<>();
  private final Map<Expect, Integer> passed = new EnumMap<>(Expect.class);
  private int sent;
  private int closedWithoutAnswer;

  private HostileRun(ReliabilitySystem system, boolean withTokens) {
    this.system = system;
    this.withTokens = withTokens;
  }

  /** Requests carry the valid token unless they set Authorization themselves. */
  static HostileRun of(ReliabilitySystem system) {
    return new HostileRun(system, true);
  }

  /** Requests carry only the Authorization they set themselves. */
  static HostileRun withoutTokens(ReliabilitySystem system) {
    return new HostileRun(system, false);
  }

  HostileRun send(List<HostileRequest> requests) {
    for (HostileRequest r : requests) {
      sent++;
      String verdict = send(r);
      if (verdict == null) {
        passed.merge(r.expect(), 1, Integer::sum);
      } else {
        failures.add(r.label() + ": " + verdict);
      }
    }
    return this;
  }

  /** Null when the answer was right, else why not. */
  String send(HostileRequest r) {
    URI base = URI.create(r.service() == Service.INGEST ? system.ingestUrl() : system.queryUrl());
    String token =
        !withTokens
            ? null
            : r.service() == Service.INGEST
                ? ReliabilitySystem.INGEST_TOKEN
                : ReliabilitySystem.READ_TOKEN;
    try {
      RawHttp.Answer answer =
          RawHttp.exchange(
              base.getHost(),
              base.getPort(),
              r.head(base.getHost() + ":" + base.getPort(), token),
              r.body());
      String verdict = r.judge(answer);
      if (verdict == null
          && answer.status() == 401
          && !answer.headers().containsKey("www-authenticate")) {
        verdict = "401 without WWW-Authenticate";
      }
      return verdict;
    } catch (IOException e) {
      if (r.expect() == Expect.TRANSPORT) {
        closedWithoutAnswer++; // the server dropped a request it could not parse
        return null;
      }
      return "no answer: " + e;
    }
  }

  int sent() {
    return sent;
  }

  List<String> failures() {
    return failures;
  }

  String summary() {
    return String.format(
        "%d problem+json 4xx, %d refused by the HTTP server (4xx without body: %d, connection"
            + " closed: %d), %d hostile-but-valid answered safely, %d wrong",
        passed.getOrDefault(Expect.PROBLEM, 0),
        passed.getOrDefault(Expect.TRANSPORT, 0),
        passed.getOrDefault(Expect.TRANSPORT, 0) - closedWithoutAnswer,
        closedWithoutAnswer,
        passed.getOrDefault(Expect.SAFE, 0) + passed.getOrDefault(Expect.EMPTY, 0),
        failures.size());
  }
}
