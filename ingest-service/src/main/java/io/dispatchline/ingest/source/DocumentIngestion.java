package io.dispatchline.ingest.source;

import io.dispatchline.ingest.publish.DispatchEvent;
import io.dispatchline.ingest.publish.DispatchEvents;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.split.SplitResult;
import io.dispatchline.ingest.split.Splitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The one path every source takes: split the document, then publish its dispatches. */
@ApplicationScoped
public class DocumentIngestion {

  private final Splitter splitter = new Splitter();
  private final DispatchPublisher publisher;
  private final Clock clock;

  public DocumentIngestion(DispatchPublisher publisher) {
    this(publisher, Clock.systemUTC());
  }

  DocumentIngestion(DispatchPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  public IngestResult ingest(IncomingDocument document) {
    SplitResult split =
        document.html()
            ? splitter.splitHtml(document.content(), document.referenceDate())
            : splitter.splitText(document.content(), document.referenceDate());
    DispatchEvent.Source source =
        new DispatchEvent.Source(
            document.sourceType(), document.sourceName(), Instant.now(clock));
    List<DispatchEvent> events = DispatchEvents.of(split, source);
    publisher.publish(events);
    return new IngestResult(split.documentId(), events);
  }
}
