package io.dispatchline.ingest.split;

import io.dispatchline.ingest.split.fields.Ids;
import java.util.List;
import java.util.Objects;

/**
 * The items of one document, in document order.
 *
 * @param documentId stable id of the document: a hash of its normalised text (see {@link Ids})
 * @param dispatches the items; empty when the document holds no article and no dispatch
 */
public record SplitResult(String documentId, List<Dispatch> dispatches) {
  public SplitResult {
    Objects.requireNonNull(documentId, "documentId");
    dispatches = List.copyOf(dispatches);
  }
}
