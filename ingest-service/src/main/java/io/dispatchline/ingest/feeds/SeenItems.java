package io.dispatchline.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items already taken, per feed: rebuilt at start-up from the compacted topic {@code
 * feed-items-seen} (whose key is {@link #key}) and kept up to date from it, so every instance knows
 * what any instance published.
 */
@ApplicationScoped
public class SeenItems {

  private static final char SEPARATOR = ' ';
  private final Map<String, Set<String>> byFeed = new ConcurrentHashMap<>();

  /** The record key in {@code feed-items-seen}: feed id, a space, the item's GUID or link. */
  public static String key(String feedId, String itemKey) {
    return feedId + SEPARATOR + itemKey;
  }

  public boolean contains(String feedId, String itemKey) {
    Set<String> items = byFeed.get(feedId);
    return items != null && items.contains(itemKey);
  }

  public void add(String feedId, String itemKey) {
    byFeed.computeIfAbsent(feedId, f -> ConcurrentHashMap.newKeySet()).add(itemKey);
  }

  /** Adds the entry a {@code feed-items-seen} record key stands for. */
  void addRecordKey(String recordKey) {
    int at = recordKey.indexOf(SEPARATOR);
    if (at > 0) {
      add(recordKey.substring(0, at), recordKey.substring(at + 1));
    }
  }

  public long count(String feedId) {
    Set<String> items = byFeed.get(feedId);
    return items == null ? 0 : items.size();
  }
}
