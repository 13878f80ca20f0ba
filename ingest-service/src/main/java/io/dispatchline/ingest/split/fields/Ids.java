package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.paragraphs.Nfc;
import io.dispatchline.ingest.split.text.Texts;
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
    DocumentHasher h = new DocumentHasher(new Utf8Paragraphs(blocks));
    h.upTo(blocks.size());
    return h.hex();
  }

  /**
   * Hashes a document's paragraphs in order, each when the splitter is done with it: the items of a
   * page come in page order, so after each item the paragraphs up to its end are hashed and their
   * UTF-8 let go.
   */
  public static final class DocumentHasher {
    private final IdHasher hasher = new IdHasher();
    private final Utf8Paragraphs utf8;
    private int next;

    public DocumentHasher(Utf8Paragraphs utf8) {
      this.utf8 = utf8;
    }

    /** Hashes the paragraphs before {@code end} not hashed yet. */
    public void upTo(int end) {
      for (; next < end; next++) {
        if (next > 0) {
          hasher.raw(" ");
        }
        hasher.utf8(utf8.take(next), 0);
      }
    }

    public String hex() {
      return hasher.hex();
    }
  }

  /** NFC, whitespace runs folded to one space, trimmed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Texts.fold(Nfc.normalize(text));
  }
}
