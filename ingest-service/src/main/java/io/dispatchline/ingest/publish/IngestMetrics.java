package io.dispatchline.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * What ingest-service counts, at {@code /q/metrics}: documents and dispatches ingested per source,
 * documents rejected per source and reason, and how long a publish (one transaction) takes.
 */
@ApplicationScoped
public class IngestMetrics {

  private final MeterRegistry registry;
  private final Timer publishTimer;

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.publishTimer =
        Timer.builder("dispatchline.ingest.publish")
            .description("Time to publish one document's records in one Kafka transaction")
            .publishPercentileHistogram()
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

  void publishFailed() {
    registry.counter("dispatchline.ingest.publish.failures").increment();
  }
}
