package io.dispatchline.query.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position after the last item of a page: (ingestedAt, documentId, sequence). Opaque to
 * clients: base64url of its fields.
 */
record PageCursor(Instant ingestedAt, String documentId, int sequence) {

  String encode() {
    String raw = ingestedAt + "\n" + documentId + "\n" + sequence;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor or throws {@link BadParameterException} naming the {@code cursor}. */
  static PageCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("wrong number of fields");
      }
      return new PageCursor(Instant.parse(parts[0]), parts[1], Integer.parseInt(parts[2]));
    } catch (RuntimeException e) {
      throw new BadParameterException("cursor", "is not a cursor this API returned");
    }
  }
}
