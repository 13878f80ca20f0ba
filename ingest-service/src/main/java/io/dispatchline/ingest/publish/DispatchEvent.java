package io.dispatchline.ingest.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The event published on {@link Topics#DISPATCHES}: the producer's copy of the contract in {@code
 * docs/contract/dispatch-event.schema.json}.
 */
public record DispatchEvent(
    String id,
    String documentId,
    int sequence,
    String kind,
    String headline,
    String located,
    String agency,
    String datelineText,
    String dateText,
    LocalDate date,
    String body,
    int wordCount,
    String language,
    List<Mention> mentions,
    Source source) {

  /** A person, place or organisation named in the dispatch. */
  public record Mention(String name, String type) {}

  /** Where the document came from and when it was ingested. */
  public record Source(String type, String name, Instant ingestedAt) {}
}
