package io.dispatchline.ingest.split;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

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
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** The id of a whole document, from its text (for HTML: the visible text kept by the parser). */
  public static String documentId(String text) {
    return hash(normalise(text));
  }

  /** NFC, whitespace runs folded to one space, trimmed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Texts.fold(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /** First 128 bits of SHA-256 over the UTF-8 bytes, in lowercase hex. */
  static String hash(String normalised) {
    byte[] digest = sha256().digest(normalised.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[32];
    for (int i = 0; i < 16; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(out);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must ship SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
