package io.dispatchline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic from the beginning as a subscriber would, with a chosen isolation level. */
public final class TopicReader {

  public static final String READ_COMMITTED = "read_committed";
  public static final String READ_UNCOMMITTED = "read_uncommitted";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TopicReader() {}

  /** A record with its key, value and headers as strings. */
  public record Rec(
      String topic,
      int partition,
      long offset,
      String key,
      byte[] value,
      Map<String, String> headers) {
    public String text() {
      return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(value);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String documentId() {
      return json().path("documentId").asText(null);
    }
  }

  /**
   * Reads every partition of the topic from the start until {@code done} holds for what was read,
   * or the timeout passes; returns what was read.
   */
  public static List<Rec> readUntil(
      String bootstrap,
      String topic,
      String isolation,
      Predicate<List<Rec>> done,
      Duration timeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      long deadline = System.nanoTime() + timeout.toNanos();
      List<TopicPartition> partitions = List.of();
      while (partitions.isEmpty() && System.nanoTime() < deadline) {
        partitions =
            consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<Rec> read = new ArrayList<>();
      while (!done.test(read) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          read.add(
              new Rec(
                  r.topic(),
                  r.partition(),
                  r.offset(),
                  r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                  r.value(),
                  headers(r)));
        }
      }
      return read;
    }
  }

  /** Reads the whole topic as it is now (up to the end offsets seen at the start). */
  public static List<Rec> readAll(String bootstrap, String topic, String isolation) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    Map<TopicPartition, Long> end;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      end = new HashMap<>(consumer.endOffsets(partitions));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<Rec> read = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline
          && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          read.add(
              new Rec(
                  r.topic(),
                  r.partition(),
                  r.offset(),
                  r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                  r.value(),
                  headers(r)));
        }
      }
      return read;
    }
  }

  /** Records whose JSON value belongs to the document. */
  public static List<Rec> ofDocument(List<Rec> records, String documentId) {
    return records.stream().filter(r -> documentId.equals(r.documentId())).toList();
  }

  private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
    return StreamSupport.stream(record.headers().spliterator(), false)
        .collect(
            Collectors.toMap(
                Header::key,
                h -> h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8),
                (a, b) -> b));
  }
}
