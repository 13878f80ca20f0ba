package io.dispatchline.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The feeds this instance knows (from the {@code feeds} topic) and its polling state of each. */
@ApplicationScoped
public class FeedRegistry {

  private final Map<String, FeedRegistration> feeds = new ConcurrentHashMap<>();
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();

  /** Adds or replaces a registration; a new one is due at once. */
  public void put(FeedRegistration feed) {
    feeds.put(feed.id(), feed);
    states.putIfAbsent(feed.id(), FeedState.initial(Instant.EPOCH));
  }

  public void remove(String id) {
    feeds.remove(id);
    states.remove(id);
  }

  public Optional<FeedRegistration> get(String id) {
    return Optional.ofNullable(feeds.get(id));
  }

  public Optional<FeedState> state(String id) {
    return Optional.ofNullable(states.get(id));
  }

  /** Replaces the state, unless the feed was removed meanwhile. */
  public void update(String id, UnaryOperator<FeedState> change) {
    states.computeIfPresent(id, (k, s) -> feeds.containsKey(k) ? change.apply(s) : null);
  }

  public List<FeedRegistration> all() {
    return feeds.values().stream()
        .sorted(
            Comparator.comparing(FeedRegistration::registeredAt)
                .thenComparing(FeedRegistration::id))
        .toList();
  }

  Collection<FeedRegistration> registrations() {
    return feeds.values();
  }
}
