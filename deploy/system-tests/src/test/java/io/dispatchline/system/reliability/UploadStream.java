package io.dispatchline.system.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Documents being uploaded in the background; what was accepted so far, and what went wrong. */
final class UploadStream {

  private final ExecutorService pool;
  private final Map<String, Expected> accepted = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  UploadStream(Uploader uploader, List<TestDocument> documents, int concurrency) {
    this.pool = Executors.newFixedThreadPool(concurrency);
    for (int w = 0; w < concurrency; w++) {
      pool.execute(
          () -> {
            for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
              TestDocument d = documents.get(i);
              try {
                accepted.put(d.name(), uploader.upload(d));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              } catch (RuntimeException e) {
                errors.add(e.getMessage());
              }
            }
          });
    }
    pool.shutdown();
  }

  /** True once every worker has stopped: all documents were tried. */
  boolean finished() {
    return pool.isTerminated();
  }

  int acceptedCount() {
    return accepted.size();
  }

  /** A copy: the documents accepted up to now. */
  Map<String, Expected> acceptedSoFar() {
    return Map.copyOf(accepted);
  }

  /** Waits until every upload finished; returns what was accepted. */
  Map<String, Expected> finish(Duration timeout) throws InterruptedException {
    if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
      throw new IllegalStateException("uploads did not finish within " + timeout);
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.size() + " uploads failed, first: " + errors.get(0));
    }
    return Map.copyOf(accepted);
  }
}
