package io.dispatchline.ingest.api;

import io.dispatchline.ingest.publish.DispatchEvent;
import java.util.List;

/**
 * The answer to an upload: the document's id and what was published for it.
 *
 * @param documentId hash of the document's text: the same document always gets the same id
 * @param count how many dispatch events were published, in one Kafka transaction
 * @param dispatches id, position and headline of each, in document order
 */
public record UploadResponse(String documentId, int count, List<Published> dispatches) {

  /** One published dispatch event. */
  public record Published(String id, int sequence, String kind, String headline) {}

  static UploadResponse of(String documentId, List<DispatchEvent> events) {
    return new UploadResponse(
        documentId,
        events.size(),
        events.stream()
            .map(e -> new Published(e.id(), e.sequence(), e.kind(), e.headline()))
            .toList());
  }
}
