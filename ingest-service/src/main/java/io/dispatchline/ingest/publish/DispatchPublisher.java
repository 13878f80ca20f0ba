package io.dispatchline.ingest.publish;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes all dispatches of one document in one Kafka transaction, so a read_committed subscriber
 * sees either the whole document or none of it. For documents consumed from {@link
 * Topics#DOCUMENTS} the consumed offset commits in the same transaction (exactly once).
 */
@ApplicationScoped
public class DispatchPublisher {

  /** CloudEvents type of every record on {@link Topics#DISPATCHES}. */
  public static final String EVENT_TYPE = "io.dispatchline.dispatch.v1";

  private static final Logger LOG = Logger.getLogger(DispatchPublisher.class);
  private static final Pattern MUST_BE_RETRIED =
      Pattern.compile("previous call to `(\\w+)` timed out and must be retried");

  private final KafkaTransactions<Object> transactions;
  private final KafkaClientService clients;
  private final Duration timeout;
  private final IngestMetrics metrics;
  // A transactional producer runs one transaction at a time; callers queue here.
  private final ReentrantLock oneTransactionAtATime = new ReentrantLock(true);

  public DispatchPublisher(
      @Channel(Topics.DISPATCHES) KafkaTransactions<Object> transactions,
      KafkaClientService clients,
      @ConfigProperty(name = "dispatchline.publish.timeout", defaultValue = "30s") Duration timeout,
      IngestMetrics metrics) {
    this.transactions = transactions;
    this.clients = clients;
    this.timeout = timeout;
    this.metrics = metrics;
  }

  /** Publishes the events atomically; throws {@link PublishFailedException} if aborted. */
  public void publish(List<DispatchEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    inOneTransaction(
        events.size(),
        () ->
            transactions.withTransaction(
                emitter -> {
                  events.forEach(event -> emitter.send(toMessage(event)));
                  return Uni.createFrom().voidItem();
                }));
  }

  /**
   * Publishes the events of a document consumed from Kafka and commits the consumed record's offset
   * in the same transaction; the record is acknowledged once it commits. On failure the consumer
   * goes back to its last committed offset, so the document is processed again.
   */
  public void publishConsumed(Message<?> consumed, List<DispatchEvent> events) {
    inOneTransaction(
        events.size(),
        () ->
            transactions.withTransactionAndAck(
                consumed,
                emitter -> {
                  events.forEach(event -> emitter.send(toMessage(event)));
                  return Uni.createFrom().voidItem();
                }));
  }

  /**
   * Writes a consumed record that cannot be processed to its dead-letter topic and commits its
   * offset, in one transaction.
   */
  public void deadLetter(Message<?> consumed, DeadLetter letter) {
    inOneTransaction(
        1,
        () ->
            transactions.withTransactionAndAck(
                consumed,
                emitter -> {
                  emitter.send(letter.toMessage());
                  return Uni.createFrom().voidItem();
                }));
  }

  private void inOneTransaction(int records, Supplier<Uni<Void>> transaction) {
    long start = System.nanoTime();
    oneTransactionAtATime.lock();
    try {
      try {
        transaction.get().await().atMost(timeout);
      } catch (RuntimeException e) {
        // After a broker outage the producer may refuse new transactions until the abort (or
        // commit) that timed out during the outage is retried; Kafka lets no other way out.
        String pending = timedOutOperation(e);
        if (pending == null) {
          throw e;
        }
        LOG.infof("Retrying the producer's %s that timed out earlier", pending);
        producer().map(p -> completePending(p, pending)).orElseThrow(() -> e);
        transaction.get().await().atMost(timeout);
      }
      metrics.published(records, Duration.ofNanos(System.nanoTime() - start));
    } catch (RuntimeException e) {
      metrics.publishFailed();
      LOG.warnf("Publishing %d records failed: %s", records, rootCause(e));
      throw new PublishFailedException("Kafka did not accept the dispatches", e);
    } finally {
      oneTransactionAtATime.unlock();
    }
  }

  private Optional<io.smallrye.reactive.messaging.kafka.KafkaProducer<?, ?>> producer() {
    return Optional.ofNullable(clients.getProducer(Topics.DISPATCHES));
  }

  private Void completePending(
      io.smallrye.reactive.messaging.kafka.KafkaProducer<?, ?> producer, String operation) {
    Uni<Void> retry =
        "commitTransaction".equals(operation)
            ? producer.commitTransaction()
            : producer.abortTransaction();
    return retry.await().atMost(timeout);
  }

  /** The producer operation Kafka says must be retried before anything else, or null. */
  static String timedOutOperation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = MUST_BE_RETRIED.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return m.group(1);
      }
      if (t instanceof io.smallrye.mutiny.CompositeException composite) {
        for (Throwable c : composite.getCauses()) {
          String found = c == t ? null : timedOutOperation(c);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (e instanceof io.smallrye.mutiny.CompositeException composite) {
      cause = composite.getCauses().get(composite.getCauses().size() - 1);
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  static Message<Object> toMessage(DispatchEvent event) {
    return Message.<Object>of(event)
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

  /**
   * A record for a dead-letter topic: the original key, value and headers plus the reason.
   *
   * @param topic the dead-letter topic
   * @param key the original key (may be null)
   * @param value the original value, unchanged
   * @param headers the original headers and the {@code dead-letter-*} headers
   */
  public record DeadLetter(String topic, byte[] key, byte[] value, Headers headers) {
    Message<Object> toMessage() {
      return Message.<Object>of(value == null ? new byte[0] : value)
          .addMetadata(
              OutgoingKafkaRecordMetadata.<byte[]>builder()
                  .withTopic(topic)
                  .withKey(key)
                  .withHeaders(headers)
                  .build());
    }
  }
}
