package io.dispatchline.ingest.source;

import io.dispatchline.ingest.publish.DispatchEvent;
import io.dispatchline.ingest.publish.DispatchEvents;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.split.SplitResult;
import io.dispatchline.ingest.split.Splitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The one path every source takes: split the document, then publish its dispatches. */
@ApplicationScoped
public class DocumentIngestion {

  private final Splitter splitter = new Splitter();
  private final DispatchPublisher publisher;
  private final Clock clock;

  @Inject
  public DocumentIngestion(DispatchPublisher publisher) {
    this(publisher, Clock.systemUTC());
  }

  DocumentIngestion(DispatchPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Splits the document and publishes its dispatches in one transaction. */
  public IngestResult ingest(IncomingDocument document) {
    IngestResult result = prepare(document);
    publisher.publish(result.events());
    return result;
  }

  /** Splits the document into the events {@link #ingest} would publish, publishing nothing. */
  public IngestResult prepare(IncomingDocument document) {
    SplitResult split =
        document.html()
            ? splitter.splitHtml(document.content(), document.referenceDate())
            : splitter.splitText(document.content(), document.referenceDate());
    DispatchEvent.Source source =
        new DispatchEvent.Source(document.sourceType(), document.sourceName(), Instant.now(clock));
    List<DispatchEvent> events = DispatchEvents.of(split, source);
    return new IngestResult(split.documentId(), events);
  }
}
