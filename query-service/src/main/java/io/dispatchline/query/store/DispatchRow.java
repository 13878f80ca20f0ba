package io.dispatchline.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored dispatch as read by {@link DispatchReader}, with what a page needs for its cursor. */
public record DispatchRow(
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
    String sourceType,
    String sourceName,
    Instant ingestedAt,
    long storedSeq,
    Float rank,
    String snippet,
    List<Mention> mentions) {

  /** A person, place or organisation named in the dispatch. */
  public record Mention(String name, String type) {}

  DispatchRow withMentions(List<Mention> m) {
    return new DispatchRow(
        id,
        documentId,
        sequence,
        kind,
        headline,
        located,
        agency,
        datelineText,
        dateText,
        date,
        body,
        wordCount,
        language,
        sourceType,
        sourceName,
        ingestedAt,
        storedSeq,
        rank,
        snippet,
        m);
  }
}
