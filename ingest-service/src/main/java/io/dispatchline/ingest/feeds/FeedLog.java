package io.dispatchline.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.publish.Topics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The feeds' shared memory in Kafka: the compacted topics {@code feeds} (registrations) and {@code
 * feed-items-seen} (the seen set). Creates them if missing, reads them from the beginning
 * (read_committed) at start-up and keeps following them, so every instance has the registrations
 * and the seen set of all; {@link #awaitCaughtUp} tells when what was there at start-up is read.
 */
@ApplicationScoped
public class FeedLog {

  private static final Logger LOG = Logger.getLogger(FeedLog.class);

  private final String bootstrap;
  private final FeedRegistry registry;
  private final SeenItems seen;
  private final DispatchPublisher publisher;
  private final FeedRecords records;
  private final Clock clock = Clock.systemUTC();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final int topicPartitions;
  // What the follower has read, per partition: lets a new owner of a feed wait for the seen set.
  private final Map<TopicPartition, Long> positions =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private volatile boolean stopping;
  private Thread follower;

  public FeedLog(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
      FeedRegistry registry,
      SeenItems seen,
      DispatchPublisher publisher,
      ObjectMapper json,
      @ConfigProperty(name = "dispatchline.feeds.topic-partitions", defaultValue = "6")
          int topicPartitions) {
    this.topicPartitions = topicPartitions;
    this.bootstrap = bootstrap;
    this.registry = registry;
    this.seen = seen;
    this.publisher = publisher;
    this.records = new FeedRecords(json);
  }

  FeedRecords records() {
    return records;
  }

  /** Starts following the topics (once). */
  synchronized void start() {
    if (follower == null) {
      follower = new Thread(this::follow, "feed-log");
      follower.setDaemon(true);
      follower.start();
    }
  }

  /** Waits until the topics' content at start-up is read. */
  boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean caughtUp() {
    return caughtUp.getCount() == 0;
  }

  /** Waits until the follower has read every partition up to the given offsets. */
  boolean awaitPositions(Map<TopicPartition, Long> targets, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (targets.entrySet().stream()
          .allMatch(t -> positions.getOrDefault(t.getKey(), -1L) >= t.getValue())) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Writes the registration to {@code feeds} (committed before it returns) and applies it. */
  public void register(FeedRegistration feed) {
    publisher.publishWith(List.of(), List.of(records.registration(feed)));
    registry.put(feed);
  }

  public void remove(String id) {
    publisher.publishWith(List.of(), List.of(records.removal(id, clock.instant())));
    registry.remove(id);
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  private void follow() {
    while (!stopping) {
      try {
        createTopics();
        followOnce();
      } catch (WakeupException e) {
        return;
      } catch (RuntimeException | ExecutionException e) {
        LOG.warnf("Following the feed topics failed, retrying in 2 s: %s", e.toString());
        sleep(Duration.ofSeconds(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void createTopics() throws ExecutionException, InterruptedException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      Map<String, String> compact =
          Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : List.of(Topics.FEEDS, Topics.FEED_ITEMS_SEEN)) {
        if (!existing.contains(topic)) {
          // Partitions of feeds are what instances share the polling by (FeedOwnership).
          missing.add(
              new NewTopic(topic, Optional.of(topicPartitions), Optional.empty()).configs(compact));
        }
      }
      try {
        admin.createTopics(missing).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // another instance may have created it a moment ago
        }
      }
    }
  }

  private void followOnce() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer = c;
      if (stopping) {
        return;
      }
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.FEEDS, Topics.FEED_ITEMS_SEEN)) {
        c.partitionsFor(topic, Duration.ofSeconds(10))
            .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      while (!stopping) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          apply(r);
        }
        for (TopicPartition tp : partitions) {
          positions.put(tp, c.position(tp));
        }
        if (caughtUp.getCount() > 0
            && partitions.stream().allMatch(tp -> c.position(tp) >= end.get(tp))) {
          LOG.infof(
              "Feed topics read: %d feeds registered, seen set rebuilt", registry.all().size());
          caughtUp.countDown();
        }
      }
    } finally {
      consumer = null;
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> r) {
    if (r.key() == null) {
      return;
    }
    String key = new String(r.key(), StandardCharsets.UTF_8);
    if (r.topic().equals(Topics.FEED_ITEMS_SEEN)) {
      seen.addRecordKey(key);
    } else {
      Optional<FeedRegistration> feed = records.readRegistration(r.value());
      if (feed.isPresent()) {
        registry.put(feed.get());
      } else {
        registry.remove(key);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
