package io.dispatchline.query.consume;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The consumer's copy of the event on {@link Topics#DISPATCHES} (contract: {@code
 * docs/contract/dispatch-event.schema.json}). Unknown fields are ignored so producers can add
 * fields without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Mention(String name, String type) {}

  /** Where the document came from and when it was ingested. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Source(String type, String name, Instant ingestedAt) {}
}
