package io.dispatchline.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dispatchline.query.store.DispatchRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    SourceView source,
    @Schema(
            description =
                "With `q` only: HTML-escaped fragments of the body with the hits in <mark>…</mark>")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String snippet,
    @Schema(description = "With `q` only: ts_rank_cd of the query, higher is better")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float rank) {

  /** A person, place or organisation named in the dispatch. */
  public record MentionView(String name, String type) {}

  /** Where the dispatch's document came from and when it was ingested. */
  public record SourceView(String type, String name, Instant ingestedAt) {}

  static DispatchView of(DispatchRow r) {
    return new DispatchView(
        r.id(),
        r.documentId(),
        r.sequence(),
        r.kind(),
        r.headline(),
        r.located(),
        r.agency(),
        r.datelineText(),
        r.dateText(),
        r.date(),
        r.body(),
        r.wordCount(),
        r.language(),
        r.mentions().stream().map(m -> new MentionView(m.name(), m.type())).toList(),
        new SourceView(r.sourceType(), r.sourceName(), r.ingestedAt()),
        r.snippet(),
        r.rank());
  }
}
