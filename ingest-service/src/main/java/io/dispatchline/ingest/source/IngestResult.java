package io.dispatchline.ingest.source;

import io.dispatchline.ingest.publish.DispatchEvent;
import java.util.List;

/** What one document became: its id and the dispatch events published for it. */
public record IngestResult(String documentId, List<DispatchEvent> events) {}
