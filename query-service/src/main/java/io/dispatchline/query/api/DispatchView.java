package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A dispatch as the HTTP API shows it. */
public record DispatchView(
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
    List<MentionView> mentions,
    SourceView source) {

  /** A person, place or organisation named in the dispatch. */
  public record MentionView(String name, String type) {}

  /** Where the dispatch's document came from and when it was ingested. */
  public record SourceView(String type, String name, Instant ingestedAt) {}

  static DispatchView of(DispatchEntity e) {
    return new DispatchView(
        e.id,
        e.documentId,
        e.sequence,
        e.kind,
        e.headline,
        e.located,
        e.agency,
        e.datelineText,
        e.dateText,
        e.date,
        e.body,
        e.wordCount,
        e.language,
        e.mentions.stream().map(m -> new MentionView(m.name, m.type)).toList(),
        new SourceView(e.sourceType, e.sourceName, e.ingestedAt));
  }
}
