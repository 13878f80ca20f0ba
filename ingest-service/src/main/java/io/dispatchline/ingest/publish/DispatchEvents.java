package io.dispatchline.ingest.publish;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.SplitResult;
import java.util.List;

/** Turns what the splitter found into the events of the contract. */
public final class DispatchEvents {

  private DispatchEvents() {}

  public static List<DispatchEvent> of(SplitResult result, DispatchEvent.Source source) {
    return result.dispatches().stream().map(d -> of(result.documentId(), d, source)).toList();
  }

  static DispatchEvent of(String documentId, Dispatch d, DispatchEvent.Source source) {
    List<DispatchEvent.Mention> mentions =
        d.mentions().stream()
            .map(m -> new DispatchEvent.Mention(m.name(), m.type().wireName()))
            .toList();
    return new DispatchEvent(
        d.id(),
        documentId,
        d.sequence(),
        d.kind().wireName(),
        d.headline(),
        d.located(),
        d.agency(),
        d.datelineText(),
        d.dateText(),
        d.date(),
        d.body(),
        d.wordCount(),
        d.language(),
        mentions,
        source);
  }
}
