package io.dispatchline.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the {@code dispatches} topic from now on as a subscriber does, with one isolation level,
 * and keeps (document, sequence) of every record in log order.
 */
final class TopicWatch implements AutoCloseable {

  /** One record: which document and which of its dispatches. */
  record Seen(int partition, String documentId, int sequence) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  TopicWatch(String bootstrap, String isolation) {
    this(bootstrap, isolation, false);
  }

  /**
   * With {@code fromBeginning}, reads the whole topic as a subscriber that joins afterwards does;
   * otherwise from now on.
   */
  TopicWatch(String bootstrap, String isolation, boolean fromBeginning) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo p : consumer.partitionsFor("dispatches", Duration.ofSeconds(30))) {
      partitions.add(new TopicPartition(p.topic(), p.partition()));
    }
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
    partitions.forEach(consumer::position); // fixes the start before anything is sent
    thread = new Thread(() -> poll(consumer), "topic-watch-" + isolation);
    thread.setDaemon(true);
    thread.start();
  }

  private void poll(KafkaConsumer<String, String> consumer) {
    try (consumer) {
      while (running.get()) {
        // Polling rides out a broker restart: the client reconnects by itself.
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          record(r);
        }
      }
    }
  }

  private void record(ConsumerRecord<String, String> r) {
    try {
      JsonNode value = Uploader.JSON.readTree(r.value());
      seen.add(
          new Seen(
              r.partition(), value.path("documentId").asText(), value.path("sequence").asInt()));
    } catch (Exception notADispatch) {
      // poison records of other scenarios
    }
  }

  /** Records seen so far. */
  int total() {
    return seen.size();
  }

  /** Records of these documents seen so far. */
  long countOf(Map<String, Integer> sizeByDocument) {
    return seen.stream().filter(s -> sizeByDocument.containsKey(s.documentId())).count();
  }

  /**
   * Runs of a document's records that are not one whole document in order (sequence 0 to n-1 with
   * nothing of it in between): what a subscriber would see of a half-published document.
   */
  int partialDocuments(Map<String, Integer> sizeByDocument) {
    Map<String, Integer> nextSequence = new HashMap<>();
    int partial = 0;
    for (Seen s : seen) {
      Integer size = sizeByDocument.get(s.documentId());
      if (size == null) {
        continue;
      }
      String key = s.partition() + "/" + s.documentId();
      Integer expected = nextSequence.get(key);
      if (s.sequence() == 0) {
        if (expected != null && expected != size) {
          partial++; // the previous run stopped short
        }
        nextSequence.put(key, 1);
      } else if (expected == null || s.sequence() != expected) {
        partial++;
        nextSequence.remove(key);
      } else {
        nextSequence.put(key, expected + 1);
      }
    }
    for (Map.Entry<String, Integer> open : nextSequence.entrySet()) {
      String documentId = open.getKey().substring(open.getKey().indexOf('/') + 1);
      if (open.getValue().intValue() != sizeByDocument.get(documentId)) {
        partial++;
      }
    }
    return partial;
  }

  /**
   * Documents of the set that were seen but never as one whole run (sequence 0 to n-1 in order on
   * one partition): half-published. Unlike {@link #partialDocuments}, extra copies of a document's
   * records around a whole run (a retried write Kafka stored twice) do not count here.
   */
  int documentsNeverWhole(Map<String, Integer> sizeByDocument) {
    Map<String, List<Integer>> byDocument = new java.util.LinkedHashMap<>();
    for (Seen s : seen) {
      if (sizeByDocument.containsKey(s.documentId())) {
        byDocument
            .computeIfAbsent(s.partition() + "/" + s.documentId(), k -> new ArrayList<>())
            .add(s.sequence());
      }
    }
    java.util.Set<String> whole = new java.util.HashSet<>();
    java.util.Set<String> seenDocuments = new java.util.HashSet<>();
    for (Map.Entry<String, List<Integer>> e : byDocument.entrySet()) {
      String documentId = e.getKey().substring(e.getKey().indexOf('/') + 1);
      seenDocuments.add(documentId);
      int size = sizeByDocument.get(documentId);
      List<Integer> sequences = e.getValue();
      for (int i = 0; i + size <= sequences.size(); i++) {
        boolean run = true;
        for (int j = 0; run && j < size; j++) {
          run = sequences.get(i + j) == j;
        }
        if (run) {
          whole.add(documentId);
          break;
        }
      }
    }
    seenDocuments.removeAll(whole);
    return seenDocuments.size();
  }

  /**
   * For a report: each document of the set whose records were not seen as one whole run, with the
   * (partition:sequence) of its records in log order; at most {@code limit} documents.
   */
  List<String> partialDetails(Map<String, Integer> sizeByDocument, int limit) {
    Map<String, List<String>> runs = new java.util.LinkedHashMap<>();
    for (Seen s : seen) {
      if (sizeByDocument.containsKey(s.documentId())) {
        runs.computeIfAbsent(s.documentId(), k -> new ArrayList<>())
            .add(s.partition() + ":" + s.sequence());
      }
    }
    List<String> details = new ArrayList<>();
    for (Map.Entry<String, List<String>> run : runs.entrySet()) {
      int size = sizeByDocument.get(run.getKey());
      List<String> sequences = run.getValue();
      boolean whole = sequences.size() % size == 0;
      for (int i = 0; whole && i < sequences.size(); i++) {
        whole = sequences.get(i).endsWith(":" + (i % size));
      }
      if (!whole && details.size() < limit) {
        details.add(
            run.getKey().substring(0, Math.min(12, run.getKey().length())) + " " + sequences);
      }
    }
    return details;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(10_000);
  }
}
