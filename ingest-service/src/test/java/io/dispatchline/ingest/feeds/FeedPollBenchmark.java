package io.dispatchline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.TestWebServer;
import io.dispatchline.ingest.TestWebServer.Reply;
import io.dispatchline.ingest.fetch.FetchSettings;
import io.dispatchline.ingest.fetch.HttpFetcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a poll costs, against a local server: CPU per idle (304) poll on the fetching side, and
 * feeds polled per second by the default 4 workers. Not part of the default test run (the name does
 * not end in Test); run it with {@code ./mvnw -o -pl ingest-service test -Dtest=FeedPollBenchmark}.
 * The server runs in the same JVM; CPU is summed per thread and split into the fetcher's threads
 * (poll workers and the JDK HttpClient's) and the server's.
 */
class FeedPollBenchmark {

  static final int FEEDS = 200;
  static final int ROUNDS = 10;

  @Test
  void idleAndUnchangedPolls() throws Exception {
    try (TestWebServer web = TestWebServer.start()) {
      List<TestFeeds.Item> items = new ArrayList<>();
      for (int n = 1; n <= 20; n++) {
        items.add(new TestFeeds.Item("bench", n, "https://news.example/bench-" + n));
      }
      String rss = TestFeeds.rss(items);
      for (int f = 0; f < FEEDS; f++) {
        web.route(
            "/idle/" + f,
            r ->
                "\"e\"".equals(r.header("If-None-Match"))
                    ? Reply.status(304)
                    : Reply.ok("application/rss+xml", rss).with("ETag", "\"e\""));
        web.serve("/full/" + f, Reply.ok("application/rss+xml", rss));
      }
      SeenItems seen = new SeenItems();
      HttpFetcher fetcher =
          new HttpFetcher(
              FetchSettings.defaults().withAllowPrivate(true).withPerHost(64, Duration.ZERO));
      FeedMetrics metrics = new FeedMetrics(new SimpleMeterRegistry());
      FeedPoller poller =
          new FeedPoller(
              fetcher,
              new FeedParser(new ObjectMapper()),
              new ItemTaker(null, null, null, seen, null, metrics, Clock.systemUTC()),
              seen,
              metrics,
              new PollDelay(Duration.ofSeconds(30), Duration.ofHours(6)),
              Clock.systemUTC(),
              new SplittableRandom(1));
      List<FeedRegistration> idle = feeds(web, "/idle/", seen, items);
      List<FeedRegistration> full = feeds(web, "/full/", seen, items);
      Map<String, FeedState> states = new HashMap<>();
      round(poller, idle, states); // first poll: 200, all items already seen; stores the ETag
      round(poller, full, states);
      for (int warm = 0; warm < 3; warm++) {
        round(poller, idle, states);
        round(poller, full, states);
      }

      Figures notModified = measure(poller, idle, states);
      Figures unchanged = measure(poller, full, states);
      assertThat(states.values()).allSatisfy(s -> assertThat(s.consecutiveFailures()).isZero());
      assertThat(states.get(idle.get(0).id()).httpStatus()).isEqualTo(304);
      System.out.printf(
          "%nFeedPollBenchmark (%d feeds x %d rounds, 4 workers, one local host, politeness off)%n"
              + "  idle poll (304):            %6.0f feeds/s, fetcher CPU %5.0f us/poll, server CPU %5.0f us/poll%n"
              + "  unchanged poll (200, 20 items, all seen, %d bytes): %6.0f feeds/s, fetcher CPU %5.0f us/poll, server CPU %5.0f us/poll%n%n",
          FEEDS,
          ROUNDS,
          notModified.perSecond,
          notModified.fetcherMicros,
          notModified.serverMicros,
          rss.length(),
          unchanged.perSecond,
          unchanged.fetcherMicros,
          unchanged.serverMicros);
      assertThat(notModified.perSecond).isPositive();
      assertThat(notModified.fetcherMicros).isPositive();
    }
  }

  record Figures(double perSecond, double fetcherMicros, double serverMicros) {}

  private static List<FeedRegistration> feeds(
      TestWebServer web, String prefix, SeenItems seen, List<TestFeeds.Item> items) {
    List<FeedRegistration> list = new ArrayList<>();
    for (int f = 0; f < FEEDS; f++) {
      URI url = web.url(prefix + f);
      FeedRegistration feed =
          new FeedRegistration(
              FeedRegistration.idOf(url),
              url,
              Duration.ofMinutes(15),
              null,
              false,
              Instant.now(),
              "api");
      items.forEach(i -> seen.add(feed.id(), i.guid()));
      list.add(feed);
    }
    return list;
  }

  private static Figures measure(
      FeedPoller poller, List<FeedRegistration> feeds, Map<String, FeedState> states)
      throws Exception {
    Map<String, Long> cpuBefore = cpuByThread();
    long start = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      round(poller, feeds, states);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> cpuAfter = cpuByThread();
    long fetcher = 0;
    long server = 0;
    for (Map.Entry<String, Long> e : cpuAfter.entrySet()) {
      long used = e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
      String name = e.getKey();
      if (name.startsWith("HttpClient") || name.startsWith("bench-poll")) {
        fetcher += used;
      } else if (name.startsWith("pool-") || name.startsWith("HTTP-Dispatcher")) {
        server += used;
      }
    }
    int polls = feeds.size() * ROUNDS;
    return new Figures(polls / seconds, fetcher / 1e3 / polls, server / 1e3 / polls);
  }

  private static final ExecutorService WORKERS =
      Executors.newFixedThreadPool(
          4,
          new java.util.concurrent.ThreadFactory() {
            int n;

            @Override
            public synchronized Thread newThread(Runnable r) {
              Thread t = new Thread(r, "bench-poll-" + n++);
              t.setDaemon(true);
              return t;
            }
          });

  private static void round(
      FeedPoller poller, List<FeedRegistration> feeds, Map<String, FeedState> states)
      throws Exception {
    List<Future<FeedState>> polls = new ArrayList<>();
    for (FeedRegistration f : feeds) {
      FeedState s = states.getOrDefault(f.id(), FeedState.initial(Instant.EPOCH));
      polls.add(WORKERS.submit(() -> poller.poll(f, s)));
    }
    for (int i = 0; i < feeds.size(); i++) {
      states.put(feeds.get(i).id(), polls.get(i).get());
    }
  }

  private static Map<String, Long> cpuByThread() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> cpu = new HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      java.lang.management.ThreadInfo info = mx.getThreadInfo(id);
      long t = mx.getThreadCpuTime(id);
      if (info != null && t >= 0) {
        cpu.merge(info.getThreadName() + "#" + id, t, Long::sum);
      }
    }
    return cpu;
  }
}
