package io.dispatchline.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Request load with HdrHistogram latencies: closed loop (saturation) and open loop (fixed rate).
 */
final class Load {

  /** One request; {@code i} picks its parameters; false means it failed. */
  interface Op {
    boolean run(int i) throws Exception;
  }

  /** Requests per second served, latencies in microseconds, failures. */
  record Figures(double throughput, Histogram latency, long errors) {
    double p50Ms() {
      return latency.getValueAtPercentile(50) / 1000.0;
    }

    double p99Ms() {
      return latency.getValueAtPercentile(99) / 1000.0;
    }
  }

  private Load() {}

  /** {@code workers} threads, each sending the next request as soon as one answers. */
  static Figures saturate(Op op, int workers, double seconds) throws InterruptedException {
    ConcurrentHistogram h = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
    AtomicLong errors = new AtomicLong();
    AtomicLong counter = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long t0 = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      pool.submit(
          () -> {
            while (!stop.get()) {
              long start = System.nanoTime();
              boolean ok = run(op, (int) counter.getAndIncrement());
              h.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
              if (!ok) {
                errors.incrementAndGet();
              }
            }
          });
    }
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    return new Figures(h.getTotalCount() / elapsed, h, errors.get());
  }

  /**
   * Request i is due at t0 + i / rate, and its latency counts from then: waiting for a free worker
   * is part of it, so a slow server cannot hide its queue (no coordinated omission).
   */
  static Figures fixedRate(Op op, double rate, double seconds) throws InterruptedException {
    ConcurrentHistogram h = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    AtomicLong errors = new AtomicLong();
    AtomicBoolean cutOff = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    long period = (long) (1e9 / rate);
    long total = (long) (rate * seconds);
    long t0 = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = t0 + i * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      int n = (int) i;
      pool.submit(
          () -> {
            boolean ok = run(op, n);
            synchronized (cutOff) {
              if (cutOff.get()) {
                return; // counted as unanswered below
              }
              h.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
              if (!ok) {
                errors.incrementAndGet();
              }
            }
          });
    }
    pool.shutdown();
    // Above capacity the queue would take minutes to drain: what has not answered 10 s after the
    // last request was due counts as failed, with at least that latency.
    if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
      long unanswered;
      synchronized (cutOff) {
        cutOff.set(true);
        unanswered = total - h.getTotalCount();
      }
      pool.shutdownNow();
      h.recordValueWithCount(
          (System.nanoTime() - t0 - (long) (seconds * 1e9)) / 1000, Math.max(0, unanswered));
      errors.addAndGet(Math.max(0, unanswered));
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    return new Figures((h.getTotalCount() - errors.get()) / elapsed, h, errors.get());
  }

  private static boolean run(Op op, int i) {
    try {
      return op.run(i);
    } catch (Exception e) {
      return false;
    }
  }
}
