package io.dispatchline.query;

import io.dispatchline.query.consume.DispatchEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds dispatch events for tests, each with fresh ids so tests do not see each other. */
public final class Events {

  private Events() {}

  public static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  public static DispatchEvent dispatch(String id, String documentId, int sequence, String body) {
    return new DispatchEvent(
        id,
        documentId,
        sequence,
        "dispatch",
        "Headline " + sequence,
        "BISHKEK",
        "Xinhua",
        "BISHKEK, Oct. 26 (Xinhua) —",
        "Oct. 26",
        LocalDate.of(2023, 10, 26),
        body,
        body.split("\\s+").length,
        "en",
        List.of(new DispatchEvent.Mention("China", "place")),
        new DispatchEvent.Source("file", "test", Instant.parse("2026-01-01T00:00:00Z")));
  }

  public static DispatchEvent withBody(DispatchEvent e, String body) {
    return new DispatchEvent(
        e.id(),
        e.documentId(),
        e.sequence(),
        e.kind(),
        e.headline(),
        e.located(),
        e.agency(),
        e.datelineText(),
        e.dateText(),
        e.date(),
        body,
        e.wordCount(),
        e.language(),
        e.mentions(),
        e.source());
  }
}
