package io.dispatchline.ingest.publish;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes all dispatches of one document in one Kafka transaction, so a read_committed subscriber
 * sees either the whole document or none of it.
 */
@ApplicationScoped
public class DispatchPublisher {

  /** CloudEvents type of every record on {@link Topics#DISPATCHES}. */
  public static final String EVENT_TYPE = "io.dispatchline.dispatch.v1";

  private static final Logger LOG = Logger.getLogger(DispatchPublisher.class);

  private final KafkaTransactions<DispatchEvent> transactions;
  private final Duration timeout;
  // A transactional producer runs one transaction at a time; callers queue here.
  private final ReentrantLock oneTransactionAtATime = new ReentrantLock(true);

  public DispatchPublisher(
      @Channel(Topics.DISPATCHES) KafkaTransactions<DispatchEvent> transactions,
      @ConfigProperty(name = "dispatchline.publish.timeout", defaultValue = "30s")
          Duration timeout) {
    this.transactions = transactions;
    this.timeout = timeout;
  }

  /** Publishes the events atomically; throws {@link PublishFailedException} if aborted. */
  public void publish(List<DispatchEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    oneTransactionAtATime.lock();
    try {
      transactions
          .withTransaction(
              emitter -> {
                events.forEach(event -> emitter.send(toMessage(event)));
                return Uni.createFrom().voidItem();
              })
          .await()
          .atMost(timeout);
    } catch (RuntimeException e) {
      LOG.warnf("Publishing %d dispatches failed: %s", events.size(), e.getMessage());
      throw new PublishFailedException("Kafka did not accept the dispatches", e);
    } finally {
      oneTransactionAtATime.unlock();
    }
  }

  static Message<DispatchEvent> toMessage(DispatchEvent event) {
    return Message.of(event)
        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.id()).build())
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(event.id())
                .withType(EVENT_TYPE)
                .withSource(sourceOf(event))
                .withSubject(event.documentId())
                .withTimestamp(event.source().ingestedAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build());
  }

  /** The document as a URI reference: {@code /documents/<documentId>}. */
  static URI sourceOf(DispatchEvent event) {
    return URI.create("/documents/" + event.documentId());
  }
}
