package io.dispatchline.ingest.web;

import io.dispatchline.ingest.publish.DispatchEvent;
import java.util.List;

/** Everything the split page shows: the form as sent, and the split or the problem. */
public record SplitView(
    Input input, String documentId, List<Item> items, List<Block> page, Problem problem) {

  /** What was sent, shown again in the form (and published from it). */
  public record Input(String text, String type, String source, String published) {
    static final Input EMPTY = new Input("", "auto", "", "");

    public boolean is(String t) {
      return type.equals(t);
    }
  }

  /** One dispatch event as the page shows it. */
  public record Item(
      int number,
      String id,
      String kind,
      String headline,
      String datelineText,
      String located,
      String agency,
      String date,
      String language,
      int wordCount,
      int mentions) {

    static Item of(int number, DispatchEvent e) {
      return new Item(
          number,
          e.id(),
          e.kind(),
          e.headline(),
          e.datelineText(),
          e.located(),
          e.agency(),
          e.date() == null ? null : e.date().toString(),
          e.language(),
          e.wordCount(),
          e.mentions() == null ? 0 : e.mentions().size());
    }
  }

  /** A run of the page's text: of dispatch {@code owner} (1-based), or dropped (owner 0). */
  public record Block(int owner, String label, List<String> lines) {
    public boolean dropped() {
      return owner == 0;
    }
  }

  /** The API's problem details, for the words on the page. */
  public record Problem(int status, String title, String detail) {}

  public long count(String kind) {
    return items.stream().filter(i -> i.kind().equals(kind)).count();
  }

  public boolean split() {
    return documentId != null;
  }
}
