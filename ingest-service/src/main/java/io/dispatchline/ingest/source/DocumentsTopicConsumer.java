package io.dispatchline.ingest.source;

import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.api.DocumentBodies;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.publish.DispatchPublisher.DeadLetter;
import io.dispatchline.ingest.publish.IngestMetrics;
import io.dispatchline.ingest.publish.PublishFailedException;
import io.dispatchline.ingest.publish.Topics;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consume-transform-produce from {@link Topics#DOCUMENTS}: each record is one raw document (text or
 * HTML); its dispatches are published to {@link Topics#DISPATCHES} in the same Kafka transaction
 * that commits the record's offset, so each document is processed exactly once. A record that
 * cannot be processed goes, again in one transaction with its offset, to {@link
 * Topics#DOCUMENTS_DLQ} with the reason in {@code dead-letter-*} headers, and the stream goes on.
 *
 * <p>Record headers (all optional): {@code content-type} ({@code text/plain}, {@code text/html},
 * {@code application/json} as for HTTP; a {@code charset} parameter, else UTF-8), {@code source}
 * (name or URL of the document), {@code published} (ISO reference date for resolving datelines'
 * years).
 */
@ApplicationScoped
public class DocumentsTopicConsumer {

  /** Header naming the document's content type; text/plain when absent. */
  public static final String CONTENT_TYPE = "content-type";

  /** Header naming where the document came from. */
  public static final String SOURCE = "source";

  /** Header with the reference date (ISO) for resolving datelines' years. */
  public static final String PUBLISHED = "published";

  /** Why a record was dead-lettered, for a person. */
  public static final String DLQ_REASON = "dead-letter-reason";

  /** Why a record was dead-lettered, as a problem slug (not-text, no-dispatch, …). */
  public static final String DLQ_CAUSE = "dead-letter-cause";

  public static final String DLQ_TOPIC = "dead-letter-topic";
  public static final String DLQ_PARTITION = "dead-letter-partition";
  public static final String DLQ_OFFSET = "dead-letter-offset";

  static final String SOURCE_TYPE = "kafka";
  private static final Logger LOG = Logger.getLogger(DocumentsTopicConsumer.class);

  private final DocumentIngestion ingestion;
  private final DocumentBodies bodies;
  private final DispatchPublisher publisher;
  private final IngestMetrics metrics;
  private final Duration retryPause;
  private final KafkaClientService clients;
  // After a failed transaction the consumer seeks back to its committed offset; records of that
  // partition already on their way here are skipped until the failed one comes again.
  private final Map<String, Long> rewoundTo = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "documents-topic"));

  public DocumentsTopicConsumer(
      DocumentIngestion ingestion,
      DocumentBodies bodies,
      DispatchPublisher publisher,
      IngestMetrics metrics,
      KafkaClientService clients,
      @ConfigProperty(name = "dispatchline.documents.retry-pause", defaultValue = "1s")
          Duration retryPause) {
    this.ingestion = ingestion;
    this.bodies = bodies;
    this.publisher = publisher;
    this.metrics = metrics;
    this.retryPause = retryPause;
    this.clients = clients;
  }

  /**
   * Runs on a thread of its own, one record at a time in order: the transaction's callbacks run on
   * Kafka's polling thread and must not wait behind this work.
   */
  @Incoming(Topics.DOCUMENTS)
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return CompletableFuture.runAsync(() -> handle(message), worker);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private void handle(Message<byte[]> message) {
    IncomingKafkaRecordMetadata<?, ?> record =
        message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    String partition = record.getTopic() + "-" + record.getPartition();
    Long rewind = rewoundTo.get(partition);
    if (rewind != null) {
      if (record.getOffset() > rewind) {
        return; // comes again after the seek
      }
      rewoundTo.remove(partition);
    }
    String where = record.getTopic() + "/" + record.getPartition() + "@" + record.getOffset();
    try {
      process(message, record, where);
    } catch (PublishFailedException e) {
      rewoundTo.put(partition, record.getOffset());
      rewind();
      LOG.warnf(
          "Document %s not published (%s); it will be processed again",
          where, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      pause();
    }
  }

  private void process(
      Message<byte[]> message, IncomingKafkaRecordMetadata<?, ?> record, String where) {
    Headers headers = record.getHeaders();
    IngestResult result;
    try {
      MediaType type = contentType(header(headers, CONTENT_TYPE));
      IncomingDocument document =
          bodies.read(
              message.getPayload(),
              type,
              SOURCE_TYPE,
              sourceName(headers, record),
              header(headers, PUBLISHED));
      result = ingestion.publishable(document);
    } catch (BadDocumentException e) {
      deadLetter(message, record, e.slug(), e.getMessage(), where);
      return;
    } catch (RuntimeException e) {
      // A bug must not stop the stream: the record is kept, with the reason, for a person.
      LOG.errorf(e, "Document %s could not be split", where);
      deadLetter(message, record, "internal", "Splitting failed: " + e, where);
      return;
    }
    publisher.publishConsumed(message, result.events());
    metrics.ingested(SOURCE_TYPE, result.events().size());
    LOG.debugf(
        "Document %s: %s, %d dispatches published",
        where, result.documentId(), result.events().size());
  }

  private void deadLetter(
      Message<byte[]> message,
      IncomingKafkaRecordMetadata<?, ?> record,
      String cause,
      String reason,
      String where) {
    Headers headers = new RecordHeaders();
    for (Header header : record.getHeaders()) {
      if (!header.key().startsWith("dead-letter-")) {
        headers.add(header);
      }
    }
    headers.add(DLQ_REASON, utf8(reason));
    headers.add(DLQ_CAUSE, utf8(cause));
    headers.add(DLQ_TOPIC, utf8(record.getTopic()));
    headers.add(DLQ_PARTITION, utf8(String.valueOf(record.getPartition())));
    headers.add(DLQ_OFFSET, utf8(String.valueOf(record.getOffset())));
    Object key = record.getKey();
    byte[] keyBytes = key == null ? null : key instanceof byte[] b ? b : utf8(String.valueOf(key));
    publisher.deadLetter(
        message, new DeadLetter(Topics.DOCUMENTS_DLQ, keyBytes, message.getPayload(), headers));
    metrics.rejected(SOURCE_TYPE, cause);
    LOG.warnf("Document %s sent to %s: %s", where, Topics.DOCUMENTS_DLQ, reason);
  }

  private static String sourceName(Headers headers, IncomingKafkaRecordMetadata<?, ?> record) {
    String source = header(headers, SOURCE);
    return source != null
        ? source
        : record.getTopic() + "/" + record.getPartition() + "@" + record.getOffset();
  }

  private static MediaType contentType(String header) {
    if (header == null || header.isBlank()) {
      return MediaType.TEXT_PLAIN_TYPE;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(header);
    } catch (IllegalArgumentException e) {
      throw unsupported(header);
    }
    if (!MediaType.TEXT_PLAIN_TYPE.isCompatible(type)
        && !MediaType.TEXT_HTML_TYPE.isCompatible(type)
        && !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      throw unsupported(header);
    }
    return type;
  }

  private static BadDocumentException unsupported(String header) {
    return new BadDocumentException(
        415,
        "unsupported-content-type",
        "Unsupported content type",
        "content-type '" + header + "' is not text/plain, text/html or application/json");
  }

  private static String header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Seeks back to the last committed offsets (an aborted transaction does so already; a transaction
   * that could not even begin does not), so the failed record comes again.
   */
  private void rewind() {
    try {
      for (var consumer : clients.getConsumers(Topics.DOCUMENTS)) {
        consumer.resetToLastCommittedPositions().await().atMost(Duration.ofSeconds(30));
      }
    } catch (RuntimeException e) {
      LOG.warnf("Could not rewind the documents consumer: %s", e.getMessage());
    }
  }

  private void pause() {
    try {
      Thread.sleep(retryPause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
