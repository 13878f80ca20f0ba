package io.dispatchline.ingest.split;

/**
 * The id of one item: a hash of its kind, its dateline and its body.
 *
 * <p>The headline, the position and the surrounding page are deliberately left out: a dispatch
 * republished under another headline or on another page is the same dispatch, and re-ingesting the
 * same text must give the same upsert key.
 */
public final class DispatchId {
  private DispatchId() {}

  public static String of(Kind kind, String datelineText, String body) {
    // Normalised fields hold no line break, so "\n" cannot be confused with their content.
    return Ids.hash(
        kind.wireName() + "\n" + Ids.normalise(datelineText) + "\n" + Ids.normalise(body));
  }
}
