package io.dispatchline.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until an HTTP endpoint answers 200 (and, optionally, its body contains a text), for {@code
 * deploy/local/run}, which cannot count on curl or wget being installed.
 *
 * <p>{@code WaitFor URL [--contains TEXT] [--timeout-seconds N] [--pid PID]...}; exit code 0 when
 * ready, 1 on timeout, 3 as soon as one of the PIDs (the servers involved) has exited.
 */
public final class WaitFor {

  static final int TIMED_OUT = 1;
  static final int PROCESS_DIED = 3;

  private WaitFor() {}

  public static void main(String[] args) throws InterruptedException {
    String url = null;
    String contains = null;
    long timeoutSeconds = 120;
    List<Long> pids = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--contains" -> contains = args[++i];
        case "--timeout-seconds" -> timeoutSeconds = Long.parseLong(args[++i]);
        case "--pid" -> pids.add(Long.parseLong(args[++i]));
        default -> url = args[i];
      }
    }
    if (url == null) {
      System.err.println(
          "usage: WaitFor URL [--contains TEXT] [--timeout-seconds N] [--pid PID]...");
      System.exit(64);
    }
    System.exit(await(URI.create(url), contains, Duration.ofSeconds(timeoutSeconds), pids));
  }

  static int await(URI url, String contains, Duration timeout, List<Long> pids)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (pids.stream()
          .anyMatch(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))) {
        return PROCESS_DIED;
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200
            && (contains == null || response.body().contains(contains))) {
          return 0;
        }
        last = "status " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    System.err.println(url + " not ready after " + timeout.toSeconds() + " s (last: " + last + ")");
    return TIMED_OUT;
  }
}
