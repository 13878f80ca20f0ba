package io.dispatchline.ingest.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A feed to poll, as registered (API or feeds file) and kept in the {@code feeds} topic.
 *
 * @param id derived from the URL, so the same feed registered twice, or by two instances, is one
 * @param fetchPages fetch each item's link and split the page, rather than the item's own content
 * @param origin {@code api} or {@code file}
 */
public record FeedRegistration(
    String id,
    URI url,
    Duration interval,
    String name,
    boolean fetchPages,
    Instant registeredAt,
    String origin) {

  public static String idOf(URI url) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(url.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
