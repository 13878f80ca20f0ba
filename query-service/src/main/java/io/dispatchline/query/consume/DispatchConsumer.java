package io.dispatchline.query.consume;

import io.dispatchline.query.store.DispatchStore;
import io.dispatchline.query.store.StoreFailures;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores each polled batch of {@link Topics#DISPATCHES} with one idempotent upsert in one database
 * transaction and acknowledges the batch only after the commit. Reading a batch (parse, schema
 * validation) overlaps with storing the previous one; stores run one at a time, in poll order.
 * Records that can never be stored go to the dead-letter topic first; a database outage is waited
 * out with backoff (health not ready meanwhile), never turned into dead letters.
 */
@ApplicationScoped
public class DispatchConsumer {

  private static final Logger LOG = Logger.getLogger(DispatchConsumer.class);

  private final EventReader reader;
  private final DispatchStore store;
  private final DeadLetters deadLetters;
  private final StoreHealth health;
  private final Backoff backoff;
  private final Timer batchDuration;
  private final DistributionSummary batchSize;
  private final MeterRegistry metrics;
  private volatile boolean stopping;

  /**
   * Batches are stored on this thread, so that reading the next batch overlaps with the database
   * work of this one; at most one batch is being stored and one read at any time.
   */
  private final ExecutorService storeThread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "dispatch-store");
            t.setDaemon(true);
            return t;
          });

  private CompletableFuture<Void> previousStore = CompletableFuture.completedFuture(null);

  private final int storeConnections;
  private final ExecutorService partThreads;

  public DispatchConsumer(
      EventReader reader,
      DispatchStore store,
      DeadLetters deadLetters,
      @Readiness StoreHealth health,
      MeterRegistry metrics,
      @ConfigProperty(name = "dispatchline.store.retry.initial", defaultValue = "200ms")
          Duration initialBackoff,
      @ConfigProperty(name = "dispatchline.store.retry.max", defaultValue = "10s")
          Duration maxBackoff,
      @ConfigProperty(name = "dispatchline.store.connections", defaultValue = "2")
          int storeConnections) {
    this.reader = reader;
    this.store = store;
    this.deadLetters = deadLetters;
    this.health = health;
    this.metrics = metrics;
    this.backoff = new Backoff(initialBackoff, maxBackoff);
    this.storeConnections = Math.max(1, storeConnections);
    this.partThreads =
        Executors.newFixedThreadPool(
            this.storeConnections,
            task -> {
              Thread t = new Thread(task, "dispatch-store-part");
              t.setDaemon(true);
              return t;
            });
    this.batchDuration = metrics.timer("dispatchline.batch.duration");
    this.batchSize = metrics.summary("dispatchline.batch.size");
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
    storeThread.shutdown();
    partThreads.shutdown();
    try {
      // let the batch being stored commit and be acknowledged, or give up (not acknowledged)
      storeThread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Incoming(Topics.DISPATCHES)
  @Blocking
  @SuppressWarnings("unchecked")
  public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
    long started = System.nanoTime();
    IncomingKafkaRecordBatchMetadata<String, byte[]> metadata =
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).orElseThrow();

    // Reading (JSON parse, schema validation) runs here while the previous batch is stored.
    List<DispatchEventRecord> events = new ArrayList<>();
    List<DeadLetters.DeadLetter> rejected = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : metadata.getRecords()) {
      EventReader.Read read = reader.read(record.value());
      if (read.ok()) {
        events.add(new DispatchEventRecord(record, read.event()));
      } else {
        rejected.add(new DeadLetters.DeadLetter(record, read.rejection()));
      }
    }
    // One batch is stored at a time, in poll order; a failed store fails this batch too.
    previousStore.join();
    int count = metadata.count();
    previousStore =
        CompletableFuture.runAsync(
            () -> storeAndAcknowledge(batch, events, rejected, count, started), storeThread);
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Stores a read batch, writes its dead letters, and only then acknowledges it; a batch that
   * cannot be finished (the service is stopping) is not acknowledged, so it is redelivered.
   */
  private void storeAndAcknowledge(
      Message<List<byte[]>> batch,
      List<DispatchEventRecord> events,
      List<DeadLetters.DeadLetter> rejected,
      int count,
      long started) {
    try {
      rejected.addAll(storeInParallel(events));
      // Dead letters are written before the acknowledgement: nothing is dropped unrecorded.
      retryingOutages(() -> deadLetters.send(rejected));
      batchSize.record(count);
      batchDuration.record(Duration.ofNanos(System.nanoTime() - started));
      batch.ack().toCompletableFuture().join();
    } catch (RuntimeException e) {
      batch.nack(e);
      throw e;
    }
  }

  /**
   * Stores the batch as {@code storeConnections} transactions on as many connections at once, so
   * that PostgreSQL computes the rows' search vectors on several cores. A document's events all go
   * to the same part: parts never touch the same rows, so they never wait for each other. The batch
   * counts as stored only when every part has committed; a part that failed is retried alone (the
   * upsert is idempotent).
   */
  private List<DeadLetters.DeadLetter> storeInParallel(List<DispatchEventRecord> events) {
    List<List<DispatchEventRecord>> parts = new ArrayList<>();
    for (int i = 0; i < storeConnections; i++) {
      parts.add(new ArrayList<>());
    }
    for (DispatchEventRecord e : events) {
      String document = e.event().documentId();
      parts.get(Math.floorMod(document == null ? 0 : document.hashCode(), storeConnections)).add(e);
    }
    List<CompletableFuture<List<DeadLetters.DeadLetter>>> others = new ArrayList<>();
    for (List<DispatchEventRecord> part : parts.subList(1, parts.size())) {
      if (!part.isEmpty()) {
        others.add(CompletableFuture.supplyAsync(() -> storeWaitingOutOutages(part), partThreads));
      }
    }
    List<DeadLetters.DeadLetter> refused = new ArrayList<>(storeWaitingOutOutages(parts.get(0)));
    for (CompletableFuture<List<DeadLetters.DeadLetter>> other : others) {
      refused.addAll(other.join());
    }
    return refused;
  }

  /** Stores the events; returns those PostgreSQL refuses for good (e.g. a check violated). */
  private List<DeadLetters.DeadLetter> storeWaitingOutOutages(List<DispatchEventRecord> events) {
    List<DeadLetters.DeadLetter> refused = new ArrayList<>();
    retryingOutages(
        () -> {
          refused.clear();
          try {
            count(store.upsert(events.stream().map(DispatchEventRecord::event).toList()));
          } catch (RuntimeException e) {
            if (!StoreFailures.rejectsTheRow(e)) {
              throw e;
            }
            // One bad row fails the whole statement: find it by storing the rows one by one.
            for (DispatchEventRecord one : events) {
              try {
                count(store.upsert(List.of(one.event())));
              } catch (RuntimeException rowFailure) {
                if (!StoreFailures.rejectsTheRow(rowFailure)) {
                  throw rowFailure;
                }
                refused.add(
                    new DeadLetters.DeadLetter(
                        one.record(),
                        "rejected by the database: " + StoreFailures.describe(rowFailure)));
              }
            }
          }
        });
    return refused;
  }

  private void count(int changed) {
    metrics.counter("dispatchline.dispatches.stored").increment(changed);
  }

  /** Runs the step until it succeeds; an outage keeps health not-ready and backs off. */
  private void retryingOutages(Runnable step) {
    int attempt = 0;
    while (true) {
      try {
        step.run();
        if (attempt > 0) {
          LOG.infof("Storage recovered after %d retries", attempt);
          health.recovered();
        }
        return;
      } catch (RuntimeException e) {
        if (stopping) {
          // Not acknowledged: the batch is redelivered after the restart.
          throw e;
        }
        String why = StoreFailures.describe(e);
        health.outage(why);
        Duration wait = backoff.delay(attempt++);
        LOG.warnf("Storing a batch failed (%s); retry %d in %d ms", why, attempt, wait.toMillis());
        sleep(wait);
      }
    }
  }

  private void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  /** A record and what it was read as. */
  record DispatchEventRecord(ConsumerRecord<String, byte[]> record, DispatchEvent event) {}
}
