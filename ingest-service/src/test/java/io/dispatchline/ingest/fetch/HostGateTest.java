package io.dispatchline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostGateTest {

  @Test
  void limitsRequestsAtOnceToOneHostButNotToOthers() throws Exception {
    HostGate gate = new HostGate(2, Duration.ZERO);
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      done.add(
          pool.submit(
              () ->
                  gate.call(
                      "feeds.example",
                      () -> {
                        most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                        sleep(50);
                        atOnce.decrementAndGet();
                        return null;
                      })));
    }
    long start = System.nanoTime();
    gate.call("other.example", () -> null); // not held up by the busy host
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(40));
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void spacesTheStartsOfRequestsToOneHost() {
    HostGate gate = new HostGate(4, Duration.ofMillis(100));
    long start = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      gate.call("feeds.example", () -> null);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(290));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
