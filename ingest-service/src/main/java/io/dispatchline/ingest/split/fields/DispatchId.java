package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.Kind;
import java.util.List;

/**
 * The id of one item: a hash of its kind, its dateline and its body.
 *
 * <p>The headline, the position and the surrounding page are deliberately left out: a dispatch
 * republished under another headline or on another page is the same dispatch, and re-ingesting the
 * same text must give the same upsert key.
 */
public final class DispatchId {
  private DispatchId() {}

  /**
   * SHA-256 (first 128 bits, hex) of {@code kind + "\n" + normalise(datelineText) + "\n" +
   * normalise(body)}, see {@link Ids#normalise(String)}; streamed, never built as one string.
   */
  public static String of(Kind kind, String datelineText, String body) {
    // Normalised fields hold no line break, so "\n" cannot be confused with their content.
    return new IdHasher()
        .raw(kind.wireName())
        .raw("\n")
        .normalised(datelineText)
        .raw("\n")
        .normalised(body)
        .hex();
  }

  /**
   * The same id as {@link #of(Kind, String, String)} for the body {@code String.join("\n\n",
   * paragraphs)}, when each paragraph is already in normal form: hashed without another pass.
   */
  public static String of(Kind kind, String datelineText, List<String> normalParagraphs) {
    IdHasher h = start(kind, datelineText);
    for (int i = 0; i < normalParagraphs.size(); i++) {
      if (i > 0) {
        h.raw(" ");
      }
      h.raw(normalParagraphs.get(i));
    }
    return h.hex();
  }

  /** A hasher fed with everything before the body; the caller appends the body's normal form. */
  static IdHasher start(Kind kind, String datelineText) {
    return new IdHasher().raw(kind.wireName()).raw("\n").normalised(datelineText).raw("\n");
  }
}
