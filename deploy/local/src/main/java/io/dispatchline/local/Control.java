package io.dispatchline.local;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control channel between {@link LocalStack} and {@link LocalStackMain}, for fault injection in
 * tests: one request per line on the stack's stdin ({@code #7 postgres stop}; the {@code #id} is
 * optional), one reply line per request on its stdout ({@code DISPATCHLINE-LOCAL OK #7 postgres
 * stopped in 310 ms} or {@code DISPATCHLINE-LOCAL ERROR #7 postgres start: port 5432 is already in
 * use: …}). Requests are carried out one at a time, in order. The end of stdin still means "stop".
 *
 * <p>Requests: {@code postgres stop|start}, {@code kafka stop|start}, {@code status}.
 */
final class Control {

  static final String REPLY_PREFIX = "DISPATCHLINE-LOCAL ";

  private static final Pattern REQUEST = Pattern.compile("\\s*(?:#(\\d+)\\s+)?(\\S.*?)\\s*");
  private static final Pattern REPLY =
      Pattern.compile(Pattern.quote(REPLY_PREFIX) + "(OK|ERROR)(?: #(\\d+))?(?: (.*))?");

  private Control() {}

  /** A request line; {@code id} is -1 when the line had none. */
  record Request(long id, String command) {

    String format() {
      return (id < 0 ? "" : "#" + id + " ") + command;
    }

    static Optional<Request> parse(String line) {
      Matcher m = REQUEST.matcher(line);
      if (!m.matches()) {
        return Optional.empty(); // blank
      }
      long id = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
      return Optional.of(new Request(id, m.group(2).replaceAll("\\s+", " ")));
    }
  }

  /** A reply line; {@code text} is one line (newlines are flattened). */
  record Reply(long id, boolean ok, String text) {

    static Reply ok(Request request, String text) {
      return new Reply(request.id(), true, text);
    }

    static Reply error(Request request, String text) {
      return new Reply(request.id(), false, text);
    }

    String format() {
      return REPLY_PREFIX
          + (ok ? "OK" : "ERROR")
          + (id < 0 ? "" : " #" + id)
          + " "
          + text.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    static Optional<Reply> parse(String line) {
      Matcher m = REPLY.matcher(line);
      if (!m.matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new Reply(
              m.group(2) == null ? -1 : Long.parseLong(m.group(2)),
              m.group(1).equals("OK"),
              m.group(3) == null ? "" : m.group(3)));
    }
  }
}
