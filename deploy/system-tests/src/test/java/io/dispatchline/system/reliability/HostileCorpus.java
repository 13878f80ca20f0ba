package io.dispatchline.system.reliability;

import io.dispatchline.system.reliability.HostileRequest.Expect;
import io.dispatchline.system.reliability.HostileRequest.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile corpus: hand-written requests from {@code reliability/hostile-requests.tsv}, plus
 * requests generated from lists of bad values crossed with every parameter, path id and endpoint of
 * both services.
 */
final class HostileCorpus {

  private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)}");
  static final List<String> QUERY_LISTS = List.of("/dispatches", "/facets", "/dispatches/stream");
  static final List<String> FILTERS = List.of("q", "agency", "located", "mention", "documentId");
  static final List<String> BAD_DATES =
      List.of(
          "yesterday",
          "2023-13-01",
          "2023-02-30",
          "2023-1-1",
          "20231026",
          "26.10.2023",
          "%2B10000-01-01",
          "%2B5874898-01-01",
          "-0001-01-01",
          "-4714-11-24",
          "0000-00-00",
          "2023-10-26T00:00:00Z",
          "%00",
          "%27%20OR%201%3D1");
  static final List<String> BAD_LIMITS =
      List.of("0", "-1", "101", "abc", "1e2", "99999999999", "2147483648", "1.5", "%00", "0x10");
  static final List<String> BAD_IDS =
      List.of(
          "%00",
          "abc%00def",
          "%27%20OR%20%271%27%3D%271",
          "..%2F..%2Fetc%2Fpasswd",
          "%E2%80%AE",
          "00000000000000000000000000000000",
          "{repeat:2000:f}",
          "%F0%9F%92%A5",
          "%C0%AF",
          "%ff");
  static final List<String> BAD_EVENT_IDS =
      List.of("abc", "-1", "1.5", "99999999999999999999", "0x10", "1e3", "--1", "+-3", "1 2");

  private HostileCorpus() {}

  static List<HostileRequest> all() throws IOException {
    List<HostileRequest> all = new ArrayList<>(fromFile());
    all.addAll(generated());
    return all;
  }

  static List<HostileRequest> fromFile() throws IOException {
    List<HostileRequest> requests = new ArrayList<>();
    try (InputStream in =
        HostileCorpus.class.getResourceAsStream("/reliability/hostile-requests.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
          throw new IllegalStateException("corpus line needs 7 tab-separated fields: " + line);
        }
        String[] expect = f[1].split(":");
        requests.add(
            new HostileRequest(
                f[0],
                Service.valueOf(f[2].toUpperCase(Locale.ROOT)),
                f[3],
                latin1(f[4]),
                "-".equals(f[5])
                    ? List.of()
                    : Arrays.stream(f[5].split(" \\| ")).map(HostileCorpus::latin1).toList(),
                body(f[6]),
                Expect.valueOf(expect[0].toUpperCase(Locale.ROOT)),
                expect.length > 1 ? Integer.parseInt(expect[1]) : 0));
      }
    }
    return requests;
  }

  private static byte[] body(String spec) {
    return switch (spec) {
      case "-" -> null;
      case "empty" -> new byte[0];
      default -> HostileRequest.unescape(expand(spec));
    };
  }

  /** Bad values crossed with every parameter and endpoint they apply to. */
  static List<HostileRequest> generated() throws IOException {
    List<HostileRequest> out = new ArrayList<>();
    for (String endpoint : QUERY_LISTS) {
      for (String date : BAD_DATES) {
        out.add(get("bad 'from' date", endpoint + "?from=" + date, Expect.PROBLEM, 400));
        out.add(get("bad 'to' date", endpoint + "?to=" + date, Expect.PROBLEM, 400));
      }
      out.add(
          get("from after to", endpoint + "?from=2024-01-02&to=2024-01-01", Expect.PROBLEM, 400));
      for (String kind : List.of("wire", "DISPATCH%00", "dispatch,article", "%27", "*")) {
        out.add(get("unknown kind", endpoint + "?kind=" + kind, Expect.PROBLEM, 400));
      }
      for (String filter : FILTERS) {
        int max = "q".equals(filter) ? 500 : 200;
        out.add(
            get(
                "over-long " + filter,
                endpoint + "?" + filter + "=" + "x".repeat(max + 1),
                Expect.PROBLEM,
                400));
        out.add(
            get(
                "very long " + filter,
                endpoint + "?" + filter + "=" + "%C3%A9".repeat(3000),
                Expect.PROBLEM,
                400));
        out.add(get("NUL in " + filter, endpoint + "?" + filter + "=a%00b", Expect.PROBLEM, 400));
        out.add(
            get(
                "broken escape in " + filter,
                endpoint + "?" + filter + "=%zz",
                // Refused before routing (RequestProblems), with a problem+json body.
                Expect.PROBLEM,
                400));
      }
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        out.add(
            request("method not allowed", Service.QUERY, method, endpoint, Expect.PROBLEM, 405));
      }
    }
    for (String endpoint : List.of("/dispatches", "/facets")) {
      for (String limit : BAD_LIMITS) {
        out.add(get("bad limit", endpoint + "?limit=" + limit, Expect.PROBLEM, 400));
      }
      for (String injection : injections()) {
        for (String filter : FILTERS) {
          // Full-text operators may legitimately match words of stored dispatches; exact filters
          // must match nothing, since no stored value holds these strings.
          Expect expect = "q".equals(filter) ? Expect.SAFE : Expect.EMPTY;
          out.add(
              get(
                  "injection in " + filter,
                  endpoint + "?" + filter + "=" + encode(injection),
                  expect,
                  0));
        }
      }
    }
    for (String sort : List.of("newest", "DATE%00", "relevance", "date%3Bdrop", "%27")) {
      out.add(get("bad sort", "/dispatches?sort=" + sort, Expect.PROBLEM, 400));
    }
    for (String cursor : badCursors()) {
      out.add(get("bad cursor", "/dispatches?cursor=" + cursor, Expect.PROBLEM, 400));
    }
    // Not even a URL: percent signs that do not decode (refused with a problem), a space in the
    // request line (the codec cannot parse it: no body).
    out.add(get("cursor of percent signs", "/dispatches?cursor=%%%", Expect.PROBLEM, 400));
    out.add(get("broken escapes in cursor", "/dispatches?cursor=%%%25zz", Expect.PROBLEM, 400));
    out.add(get("broken escape in a path id", "/dispatches/ab%zzcd", Expect.PROBLEM, 400));
    out.add(get("space in the request line", "/dispatches?cursor=Yz E", Expect.TRANSPORT, 400));
    for (String id : BAD_IDS) {
      String expanded = expand(id);
      out.add(get("bad dispatch id", "/dispatches/" + expanded, Expect.PROBLEM, 0));
      out.add(get("bad document id", "/documents/" + expanded, Expect.PROBLEM, 0));
    }
    for (String eventId : BAD_EVENT_IDS) {
      out.add(
          new HostileRequest(
              "bad Last-Event-ID",
              Service.QUERY,
              "GET",
              "/dispatches/stream",
              List.of("Accept: text/event-stream", "Last-Event-ID: " + eventId),
              null,
              Expect.PROBLEM,
              400));
    }
    for (String injection : injections().subList(0, 6)) {
      out.add(
          get(
              "injection in stream filter",
              "/dispatches/stream?agency=" + encode(injection),
              Expect.SAFE,
              0));
    }
    for (String path : List.of("/documents", "/documents/preview")) {
      for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
        out.add(request("method not allowed", Service.INGEST, method, path, Expect.PROBLEM, 405));
      }
      for (String published : BAD_DATES) {
        if (published.contains("T")) {
          continue; // a date-time is a valid 'published'
        }
        out.add(
            new HostileRequest(
                "bad 'published'",
                Service.INGEST,
                "POST",
                path + "?published=" + published,
                List.of("Content-Type: text/plain"),
                "GENEVA, March 3 (Reuters) - Delegates met on Monday."
                    .getBytes(StandardCharsets.UTF_8),
                Expect.PROBLEM,
                400));
      }
    }
    return out;
  }

  private static HostileRequest get(String why, String target, Expect expect, int status) {
    return request(why, Service.QUERY, "GET", target, expect, status);
  }

  private static HostileRequest request(
      String why, Service service, String method, String target, Expect expect, int status) {
    return new HostileRequest(why, service, method, target, List.of(), null, expect, status);
  }

  /** Cursors this API never issued: garbage, forged, truncated, foreign. */
  private static List<String> badCursors() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    List<String> forged =
        List.of(
            "c1\nDATE\nAAAAAAAAAAAA\n2023-10-26\nabc",
            "c1\nDATE\nAAAAAAAAAAAA\nnot-a-date\nabc",
            "c1\nRELEVANCE\nAAAAAAAAAAAA\nNaN\nabc",
            "c1\nDOCUMENT\nAAAAAAAAAAAA\nyesterday\nabc\n1",
            "c1\nDOCUMENT\nAAAAAAAAAAAA\n2023-10-26T00:00:00Z\nabc\nx",
            "c1\nSIDEWAYS\nAAAAAAAAAAAA\na\nb",
            "c9\nDATE\nAAAAAAAAAAAA\n2023-10-26\nabc",
            "c1\nDATE\nAAAAAAAAAAAA\n2023-10-26\nab\u0000c",
            "c1\nDATE",
            "' OR 1=1 --");
    List<String> cursors = new ArrayList<>();
    forged.forEach(f -> cursors.add(b64.encodeToString(f.getBytes(StandardCharsets.UTF_8))));
    cursors.addAll(List.of("not*base64", "YQ", "====", "%00", "x".repeat(3000), "Yz%20E"));
    return cursors;
  }

  static List<String> injections() throws IOException {
    try (InputStream in = HostileCorpus.class.getResourceAsStream("/reliability/injections.txt")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String expand(String value) {
    Matcher m = REPEAT.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String latin1(String value) {
    return new String(HostileRequest.unescape(expand(value)), StandardCharsets.ISO_8859_1);
  }
}
