package io.dispatchline.ingest.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dispatchline.ingest.publish.PlainRecord;
import io.dispatchline.ingest.publish.Topics;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON values of the {@code feeds} and {@code feed-items-seen} topics. A removed feed is a
 * record with {@code "deleted": true} (compaction keeps only the latest per key).
 */
final class FeedRecords {

  private final ObjectMapper json;

  FeedRecords(ObjectMapper json) {
    this.json = json;
  }

  PlainRecord registration(FeedRegistration f) {
    ObjectNode n = json.createObjectNode();
    n.put("id", f.id());
    n.put("url", f.url().toString());
    n.put("interval", f.interval().toString());
    n.put("name", f.name());
    n.put("fetchPages", f.fetchPages());
    n.put("registeredAt", f.registeredAt().toString());
    n.put("origin", f.origin());
    return new PlainRecord(Topics.FEEDS, f.id(), bytes(n));
  }

  PlainRecord removal(String id, Instant at) {
    ObjectNode n = json.createObjectNode();
    n.put("id", id);
    n.put("deleted", true);
    n.put("deletedAt", at.toString());
    return new PlainRecord(Topics.FEEDS, id, bytes(n));
  }

  /** The registration in a {@code feeds} record, or empty for a removal or an unreadable one. */
  Optional<FeedRegistration> readRegistration(byte[] value) {
    try {
      JsonNode n = value == null ? null : json.readTree(value);
      if (n == null || n.path("deleted").asBoolean(false)) {
        return Optional.empty();
      }
      return Optional.of(
          new FeedRegistration(
              n.path("id").asText(),
              URI.create(n.path("url").asText()),
              Duration.parse(n.path("interval").asText()),
              n.hasNonNull("name") ? n.get("name").asText() : null,
              n.path("fetchPages").asBoolean(false),
              Instant.parse(n.path("registeredAt").asText()),
              n.path("origin").asText("api")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  PlainRecord seen(String feedId, FeedItem item, String outcome, Instant at) {
    ObjectNode n = json.createObjectNode();
    n.put("feed", feedId);
    n.put("item", item.key());
    n.put("link", item.link());
    n.put("outcome", outcome);
    n.put("at", at.toString());
    return new PlainRecord(Topics.FEED_ITEMS_SEEN, SeenItems.key(feedId, item.key()), bytes(n));
  }

  private byte[] bytes(JsonNode n) {
    try {
      return json.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
