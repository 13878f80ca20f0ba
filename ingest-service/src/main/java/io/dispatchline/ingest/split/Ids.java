package io.dispatchline.ingest.split;

import java.util.List;

/**
 * Stable ids: the first 128 bits of SHA-256, as 32 lowercase hex digits, over a normalised form of
 * the text.
 *
 * <p>The normal form is NFC with every run of whitespace (line breaks and no-break spaces included)
 * folded to one space and the ends trimmed. Folding line breaks too makes the id independent of how
 * a page wrapped or broke its paragraphs (CRLF, hard wraps, {@code <br>} versus {@code <p>}), so
 * the text and HTML renderings of one story get the same id.
 */
public final class Ids {
  private Ids() {}

  /** The id of a whole document, from its text (for HTML: the visible text kept by the parser). */
  public static String documentId(String text) {
    return new IdHasher().normalised(text).hex();
  }

  /**
   * The id of a document from its paragraphs: the same as {@link #documentId(String)} of the
   * paragraphs joined by spaces, since each paragraph already is in normal form.
   */
  static String documentId(List<Block> blocks) {
    IdHasher h = new IdHasher();
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        h.raw(" ");
      }
      h.raw(blocks.get(i).text());
    }
    return h.hex();
  }

  /** NFC, whitespace runs folded to one space, trimmed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Texts.fold(Nfc.normalize(text));
  }
}
