package io.dispatchline.ingest.feeds;

import io.dispatchline.ingest.publish.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;

/**
 * Which feeds this instance polls, so that two instances never poll one feed at once: a consumer
 * group on the {@code feeds} topic hands out its partitions, and an instance polls the feeds whose
 * id falls in a partition it holds. A partition given up is let go only once its running polls have
 * finished; one taken over is polled only once this instance has read the seen set up to where it
 * stood, so the new owner knows every item the old one took. When an instance stops, its feeds move
 * to the others at the next rebalance (at once on a clean stop, after the session time-out on a
 * crash).
 */
final class FeedOwnership implements ConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(FeedOwnership.class);

  private final String bootstrap;
  private final String group;
  private final int sessionTimeoutMs;
  private final FeedLog log;
  private volatile FeedScheduler scheduler;
  private volatile Set<Integer> owned = Set.of();
  private volatile int partitions;
  private volatile boolean stopping;
  private volatile KafkaConsumer<byte[], byte[]> consumer;

  FeedOwnership(String bootstrap, String group, int sessionTimeoutMs, FeedLog log) {
    this.bootstrap = bootstrap;
    this.group = group;
    this.sessionTimeoutMs = sessionTimeoutMs;
    this.log = log;
  }

  /** The scheduler whose running polls a revoked partition waits for. */
  void watch(FeedScheduler scheduler) {
    this.scheduler = scheduler;
  }

  boolean owns(String feedId) {
    int n = partitions;
    return n > 0 && owned.contains(partitionOf(feedId, n));
  }

  Set<Integer> owned() {
    return owned;
  }

  /** The partition Kafka's default partitioner gives the feed's record (murmur2 of the key). */
  static int partitionOf(String feedId, int partitions) {
    return Utils.toPositive(Utils.murmur2(feedId.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  void start() {
    Thread t = new Thread(this::run, "feed-ownership");
    t.setDaemon(true);
    t.start();
  }

  void stop() {
    stopping = true;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  private void run() {
    while (!stopping) {
      Properties p = new Properties();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
      p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeoutMs));
      p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(sessionTimeoutMs / 5));
      p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
      try (KafkaConsumer<byte[], byte[]> c =
          new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
        consumer = c;
        c.subscribe(List.of(Topics.FEEDS), this);
        while (!stopping) {
          c.poll(Duration.ofMillis(200)); // for the membership only; FeedLog reads the records
        }
      } catch (WakeupException e) {
        return;
      } catch (RuntimeException e) {
        owned = Set.of();
        LOG.warnf("Feed ownership lost, rejoining in 2 s: %s", e.toString());
        sleep();
      } finally {
        consumer = null;
      }
    }
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (assigned.isEmpty() || c == null) {
      return;
    }
    partitions = c.partitionsFor(Topics.FEEDS).size();
    List<TopicPartition> seen =
        c.partitionsFor(Topics.FEED_ITEMS_SEEN).stream()
            .map(i -> new TopicPartition(Topics.FEED_ITEMS_SEEN, i.partition()))
            .toList();
    try {
      // Read-committed end offsets: everything the previous owner committed is before them.
      Map<TopicPartition, Long> ends = committedEnds(seen);
      if (!log.awaitPositions(ends, Duration.ofSeconds(60))) {
        LOG.warn("The seen set is not read up to date after 60 s; polling the new feeds anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      LOG.warnf("The seen set's end offsets are unknown (%s); polling the new feeds anyway", e);
    }
    Set<Integer> now = new HashSet<>(owned);
    assigned.forEach(tp -> now.add(tp.partition()));
    owned = Set.copyOf(now);
    LOG.infof("This instance polls the feeds of partitions %s of %d", owned, partitions);
  }

  // Through Admin: the group consumer is not assigned feed-items-seen and would log a warning.
  private Map<TopicPartition, Long> committedEnds(List<TopicPartition> partitions)
      throws InterruptedException, ExecutionException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      Map<TopicPartition, OffsetSpec> latest =
          partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      return admin
          .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get()
          .entrySet()
          .stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
    Set<Integer> gone = revoked.stream().map(TopicPartition::partition).collect(Collectors.toSet());
    Set<Integer> now = new HashSet<>(owned);
    now.removeAll(gone);
    owned = Set.copyOf(now);
    FeedScheduler s = scheduler;
    int n = partitions;
    if (s != null && n > 0 && !gone.isEmpty()) {
      try {
        // Within the rebalance: no other instance gets these feeds before their polls end.
        s.awaitNoPolls(id -> gone.contains(partitionOf(id, n)), Duration.ofMinutes(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> lost) {
    Set<Integer> now = new HashSet<>(owned);
    lost.forEach(tp -> now.remove(tp.partition()));
    owned = Set.copyOf(now);
  }

  private static void sleep() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
