package io.dispatchline.ingest.api;

import io.dispatchline.ingest.publish.DispatchEvent;
import java.util.List;

/** What a document would become: its id and the events that would be published. */
public record PreviewResponse(String documentId, int count, List<DispatchEvent> dispatches) {}
