package io.dispatchline.ingest.publish;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * What ingest-service counts, at {@code /q/metrics}: documents and dispatches ingested per source,
 * documents rejected per source and reason, how long a publish (one transaction) takes and how many
 * documents shared it.
 */
@ApplicationScoped
public class IngestMetrics {

  private final MeterRegistry registry;
  private final Timer publishTimer;
  private final DistributionSummary groupSize;

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.publishTimer =
        Timer.builder("dispatchline.ingest.publish")
            .description("Time to publish records in one Kafka transaction")
            .publishPercentileHistogram()
            .register(registry);
    this.groupSize =
        DistributionSummary.builder("dispatchline.ingest.publish.documents")
            .description("Documents that shared one Kafka transaction (group commit)")
            .register(registry);
  }

  /** A document of this source ({@code http}, {@code file}, {@code kafka}) was published. */
  public void ingested(String source, int dispatches) {
    registry.counter("dispatchline.ingest.documents", "source", source).increment();
    registry.counter("dispatchline.ingest.dispatches", "source", source).increment(dispatches);
  }

  /** A document was refused (bad input); {@code reason} is the problem slug, e.g. not-text. */
  public void rejected(String source, String reason) {
    registry
        .counter("dispatchline.ingest.rejected", "source", source, "reason", reason)
        .increment();
  }

  void published(int records, Duration took) {
    publishTimer.record(took);
  }

  void groupCommitted(int documents) {
    groupSize.record(documents);
  }

  /** A failed group transaction is being published again document by document. */
  void groupRetriedAlone() {
    registry.counter("dispatchline.ingest.publish.group-retries").increment();
  }

  void publishFailed() {
    registry.counter("dispatchline.ingest.publish.failures").increment();
  }
}
