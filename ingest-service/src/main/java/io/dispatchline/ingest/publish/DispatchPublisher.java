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
 * sees either the whole document or none of it. Documents that arrive while a transaction runs
 * share the next one ({@link GroupCommit}): a transaction costs a round of commit markers, whatever
 * it holds. For documents consumed from {@link Topics#DOCUMENTS} the consumed offset commits in the
 * same transaction (exactly once).
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
  private final GroupCommit<List<DispatchEvent>> groups;

  public DispatchPublisher(
      @Channel(Topics.DISPATCHES) KafkaTransactions<Object> transactions,
      KafkaClientService clients,
      @ConfigProperty(name = "dispatchline.publish.timeout", defaultValue = "30s") Duration timeout,
      @ConfigProperty(name = "dispatchline.publish.group-max-records", defaultValue = "500")
          int groupMaxRecords,
      IngestMetrics metrics) {
    this.transactions = transactions;
    this.clients = clients;
    this.timeout = timeout;
    this.metrics = metrics;
    this.groups =
        new GroupCommit<>(
            oneTransactionAtATime,
            groupMaxRecords,
            this::publishGroup,
            failure -> {
              boolean retry = mayBeOneDocumentsFault(failure);
              if (retry) {
                metrics.groupRetriedAlone();
              }
              return retry;
            });
  }

  /**
   * Publishes the events atomically: they all become visible to read_committed subscribers at once,
   * or none does. Documents published concurrently may share one transaction (group commit); a
   * failed transaction fails every caller in it, and none of its records becomes visible.
   *
   * @throws PublishFailedException if the transaction holding the events was aborted
   */
  public void publish(List<DispatchEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    groups.submit(events, events.size());
  }

  private void publishGroup(List<List<DispatchEvent>> documents) {
    int records = documents.stream().mapToInt(List::size).sum();
    inOneTransaction(
        records,
        () ->
            transactions.withTransaction(
                emitter -> {
                  documents.forEach(d -> d.forEach(event -> emitter.send(toMessage(event))));
                  return Uni.createFrom().voidItem();
                }));
    metrics.groupCommitted(documents.size());
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
   * Publishes the events together with records for other topics in one transaction of their own (no
   * group commit): a read_committed subscriber sees all of them or none. Feeds use it to write an
   * item's dispatches and its seen-set entry at once, so an item is published exactly once.
   *
   * @throws PublishFailedException if the transaction was aborted
   */
  public void publishWith(List<DispatchEvent> events, List<PlainRecord> others) {
    inOneTransaction(
        events.size() + others.size(),
        () ->
            transactions.withTransaction(
                emitter -> {
                  events.forEach(event -> emitter.send(toMessage(event)));
                  others.forEach(record -> emitter.send(record.toMessage()));
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

  /**
   * A failed group is published again document by document, so that a document the broker refuses
   * fails alone; not after a time-out, which says the broker is away and would only repeat, one
   * time-out per document.
   */
  static boolean mayBeOneDocumentsFault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException
          || t instanceof org.apache.kafka.common.errors.TimeoutException
          || t instanceof io.smallrye.mutiny.TimeoutException) {
        return false;
      }
      if (t instanceof io.smallrye.mutiny.CompositeException composite) {
        for (Throwable c : composite.getCauses()) {
          if (c != composite && !mayBeOneDocumentsFault(c)) {
            return false;
          }
        }
      }
    }
    return true;
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
