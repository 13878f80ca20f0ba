package io.dispatchline.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Politeness per host: at most {@code concurrency} requests to one host at once, and their starts
 * at least {@code delay} apart. A caller waits its turn; other hosts are not held up.
 */
public final class HostGate {

  private final int concurrency;
  private final long delayNanos;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  public HostGate(int concurrency, Duration delay) {
    this.concurrency = Math.max(1, concurrency);
    this.delayNanos = delay.toNanos();
  }

  public <T> T call(String host, Supplier<T> request) {
    Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(concurrency));
    try {
      h.permits.acquire();
      try {
        h.waitTurn(delayNanos);
        return request.get();
      } finally {
        h.permits.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(
          FetchException.Kind.NETWORK, "Interrupted while waiting for " + host);
    }
  }

  private static final class Host {
    final Semaphore permits;
    private long nextStart = System.nanoTime();

    Host(int concurrency) {
      this.permits = new Semaphore(concurrency, true);
    }

    void waitTurn(long delayNanos) throws InterruptedException {
      long wait;
      synchronized (this) {
        long now = System.nanoTime();
        long start = Math.max(now, nextStart);
        nextStart = start + delayNanos;
        wait = start - now;
      }
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    }
  }
}
