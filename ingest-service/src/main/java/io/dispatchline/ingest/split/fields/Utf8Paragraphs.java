package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.paragraphs.Block;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The UTF-8 bytes of each paragraph, encoded once: the document id and the item ids hash the same
 * paragraphs, and encoding is a good part of what hashing costs.
 */
public final class Utf8Paragraphs {
  private final List<Block> blocks;
  private final byte[][] bytes;

  public Utf8Paragraphs(List<Block> blocks) {
    this.blocks = blocks;
    this.bytes = new byte[blocks.size()][];
  }

  /** The UTF-8 of paragraph i; exactly {@code String.getBytes(UTF_8)}. Kept for {@link #take}. */
  byte[] of(int i) {
    byte[] b = bytes[i];
    if (b == null) {
      b = blocks.get(i).text().getBytes(StandardCharsets.UTF_8);
      bytes[i] = b;
    }
    return b;
  }

  /**
   * The UTF-8 of paragraph i for its last use: forgotten here, so a large page never holds a second
   * copy of itself for long.
   */
  byte[] take(int i) {
    byte[] b = of(i);
    bytes[i] = null;
    return b;
  }

  /**
   * Where the UTF-8 of paragraph i's character {@code charOffset} starts. The offset must not split
   * a surrogate pair (a dateline's end never does).
   */
  int offset(int i, int charOffset) {
    String s = blocks.get(i).text();
    int n = 0;
    for (int k = 0; k < charOffset; k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && k + 1 < charOffset
          && Character.isLowSurrogate(s.charAt(k + 1))) {
        n += 4;
        k++;
      } else if (Character.isSurrogate(c)) {
        n += 1; // a lone surrogate is encoded as '?'
      } else {
        n += 3;
      }
    }
    return n;
  }
}
