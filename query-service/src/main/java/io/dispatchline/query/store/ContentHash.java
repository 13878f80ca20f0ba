package io.dispatchline.query.store;

import io.dispatchline.query.consume.DispatchEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Fingerprint of what a reader sees of a dispatch. The ingestion time is left out on purpose:
 * re-ingesting the same text is not a change and must not rewrite the row.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(DispatchEvent e) {
    MessageDigest digest = sha256();
    for (Object field :
        new Object[] {
          e.documentId(),
          e.sequence(),
          e.kind(),
          e.headline(),
          e.located(),
          e.agency(),
          e.datelineText(),
          e.dateText(),
          e.date(),
          e.body(),
          e.wordCount(),
          e.language(),
          e.mentions(),
          e.source() == null ? null : e.source().type(),
          e.source() == null ? null : e.source().name()
        }) {
      // A separator that cannot occur in text keeps ("ab","c") apart from ("a","bc").
      digest.update(Objects.toString(field, "\u0000null").getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0x1f);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
