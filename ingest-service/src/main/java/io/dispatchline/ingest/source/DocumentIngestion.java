package io.dispatchline.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.publish.DispatchEvent;
import io.dispatchline.ingest.publish.DispatchEvents;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.publish.IngestMetrics;
import io.dispatchline.ingest.publish.PlainRecord;
import io.dispatchline.ingest.split.SplitResult;
import io.dispatchline.ingest.split.Splitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one path every source takes: split the document, then publish its dispatches. */
@ApplicationScoped
public class DocumentIngestion {

  private final Splitter splitter = new Splitter();
  private final DispatchPublisher publisher;
  private final ObjectMapper mapper;
  private final IngestMetrics metrics;
  private final long maxEventBytes;
  private final Clock clock;

  @Inject
  public DocumentIngestion(
      DispatchPublisher publisher,
      ObjectMapper mapper,
      IngestMetrics metrics,
      @ConfigProperty(name = "dispatchline.publish.max-event-bytes", defaultValue = "350000")
          long maxEventBytes) {
    this(publisher, mapper, metrics, maxEventBytes, Clock.systemUTC());
  }

  DocumentIngestion(
      DispatchPublisher publisher,
      ObjectMapper mapper,
      IngestMetrics metrics,
      long maxEventBytes,
      Clock clock) {
    this.publisher = publisher;
    this.mapper = mapper;
    this.metrics = metrics;
    this.maxEventBytes = maxEventBytes;
    this.clock = clock;
  }

  /**
   * Splits the document and publishes its dispatches in one transaction.
   *
   * @throws BadDocumentException if it holds no dispatch or one too large for a Kafka record
   * @throws io.dispatchline.ingest.publish.PublishFailedException if the transaction failed;
   *     nothing of the document is visible to a read_committed consumer
   */
  public IngestResult ingest(IncomingDocument document) {
    IngestResult result = publishable(document);
    publisher.publish(result.events());
    metrics.ingested(document.sourceType(), result.events().size());
    return result;
  }

  /**
   * Like {@link #ingest}, with records for other topics in the same transaction (a feed item's
   * seen-set entry): the dispatches and those records become visible together or not at all.
   */
  public IngestResult ingestWith(IncomingDocument document, List<PlainRecord> others) {
    IngestResult result = publishable(document);
    publisher.publishWith(result.events(), others);
    metrics.ingested(document.sourceType(), result.events().size());
    return result;
  }

  /**
   * What {@link #ingest} would publish, checked: at least one dispatch, each small enough for one
   * Kafka record. Publishes nothing.
   */
  public IngestResult publishable(IncomingDocument document) {
    IngestResult result = prepare(document);
    if (result.events().isEmpty()) {
      throw BadDocumentException.noDispatch();
    }
    for (DispatchEvent event : result.events()) {
      long size = sizeOf(event);
      if (size > maxEventBytes) {
        throw BadDocumentException.dispatchTooLarge(event.sequence(), size, maxEventBytes);
      }
    }
    return result;
  }

  /** Splits the document into the events {@link #ingest} would publish, publishing nothing. */
  public IngestResult prepare(IncomingDocument document) {
    Instant now = Instant.now(clock);
    // A dateline's date without a year ("SEOUL, Sept. 17 (Yonhap) --") on a page that names none
    // takes the latest such date not after the given publication date, or else the ingestion's.
    LocalDate reference =
        document.referenceDate() != null
            ? document.referenceDate()
            : LocalDate.ofInstant(now, ZoneOffset.UTC);
    SplitResult split =
        document.html()
            ? splitter.splitHtml(document.content(), reference)
            : splitter.splitText(document.content(), reference);
    DispatchEvent.Source source =
        new DispatchEvent.Source(document.sourceType(), document.sourceName(), now);
    List<DispatchEvent> events = DispatchEvents.of(split, source);
    return new IngestResult(split.documentId(), events);
  }

  private long sizeOf(DispatchEvent event) {
    try {
      return mapper.writeValueAsBytes(event).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise dispatch " + event.id(), e);
    }
  }
}
