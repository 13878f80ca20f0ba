package io.dispatchline.system.reliability;

import io.dispatchline.system.DispatchEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Records no service can use, written straight to {@code dispatches} and {@code documents}: each
 * carries the scenario's token in its key (or, without a key, in its value), so its dead letter can
 * be found.
 */
final class PoisonRecords implements AutoCloseable {

  /** One record to write. */
  record Poison(String why, byte[] key, byte[] value, RecordHeaders headers) {}

  private final String bootstrap;
  private final KafkaProducer<byte[], byte[]> producer;

  PoisonRecords(String bootstrap) {
    this.bootstrap = bootstrap;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
    producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  static List<Poison> forDispatches(String token) {
    String documentId = DispatchEvents.id(token + "/poison");
    String valid =
        DispatchEvents.event(DispatchEvents.id(token + "/p"), documentId, 0, new Random(1));
    List<Poison> p = new ArrayList<>();
    p.add(poison("not JSON", token, 1, "not json at all"));
    p.add(poison("a JSON array", token, 2, "[1, 2, 3]"));
    p.add(poison("an object without the fields", token, 3, "{\"id\": \"x\"}"));
    p.add(
        poison(
            "sequence of the wrong type",
            token,
            4,
            valid.replace("\"sequence\":0", "\"sequence\":\"abc\"")));
    p.add(poison("huge, not JSON", token, 5, "x".repeat(900_000)));
    p.add(new Poison("empty value", key(token, 6), new byte[0], new RecordHeaders()));
    p.add(new Poison("null value (tombstone)", key(token, 7), null, new RecordHeaders()));
    p.add(new Poison("null key, not JSON", null, utf8("{broken " + token), new RecordHeaders()));
    p.add(
        poison(
            "a date PostgreSQL refuses",
            token,
            9,
            valid.replace("\"2023-10-26\"", "\"0000-10-26\"")));
    p.add(
        poison(
            "NUL in the body",
            token,
            10,
            valid.replace("\"body\":\"The ", "\"body\":\"\\u0000The ")));
    p.add(
        new Poison(
            "invalid UTF-8",
            key(token, 11),
            new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'},
            badHeaders()));
    return p;
  }

  static List<Poison> forDocuments(String token) {
    List<Poison> p = new ArrayList<>();
    p.add(
        new Poison(
            "binary", key(token, 1), new byte[] {0, 1, 2, 3, (byte) 0xff}, new RecordHeaders()));
    p.add(
        new Poison(
            "PDF content type",
            key(token, 2),
            utf8("%PDF-1.4"),
            header("content-type", "application/pdf")));
    p.add(new Poison("empty value", key(token, 3), new byte[0], new RecordHeaders()));
    p.add(new Poison("null value", key(token, 4), null, new RecordHeaders()));
    p.add(
        new Poison(
            "no dispatch in it",
            key(token, 5),
            utf8("Home\nNews\nSports\nContact"),
            header("content-type", "text/html")));
    p.add(
        new Poison(
            "bad published header",
            key(token, 6),
            utf8("GENEVA (Reuters) - Talks went on."),
            header("published", "yesterday")));
    p.add(
        new Poison(
            "NUL in the source header",
            key(token, 7),
            utf8("GENEVA (Reuters) - Talks went on."),
            header("source", "a\u0000b")));
    p.add(
        new Poison(
            "invalid UTF-8",
            key(token, 8),
            new byte[] {'G', (byte) 0xc3, (byte) 0x28},
            new RecordHeaders()));
    p.add(new Poison("null key, binary", null, utf8("\u0001\u0002" + token), badHeaders()));
    byte[] huge = new byte[900_000];
    java.util.Arrays.fill(huge, (byte) 1);
    p.add(new Poison("huge, binary", key(token, 10), huge, new RecordHeaders()));
    return p;
  }

  void send(String topic, List<Poison> records) throws Exception {
    for (Poison r : records) {
      producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers())).get();
    }
  }

  /**
   * Valid events of one document after the poison, the first with untrustworthy headers (headers
   * are not the contract: the value is, so it must be stored).
   */
  Expected sendGoodEvents(String token, int count) throws Exception {
    String documentId = DispatchEvents.id(token + "/good");
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = DispatchEvents.id(token + "/good/" + i);
      ids.add(id);
      byte[] value = utf8(DispatchEvents.event(id, documentId, i, random));
      RecordHeaders headers = i == 0 ? badHeaders() : new RecordHeaders();
      producer.send(new ProducerRecord<>("dispatches", null, utf8(id), value, headers)).get();
    }
    return new Expected(documentId, ids);
  }

  void sendDocument(TestDocument d) throws Exception {
    RecordHeaders h = header("content-type", "text/plain; charset=UTF-8");
    h.add("source", utf8(d.name()));
    h.add("published", utf8("2025-03-04"));
    producer.send(new ProducerRecord<>("documents", null, utf8(d.name()), utf8(d.text()), h)).get();
  }

  /** Dead letters on the topic that carry the token, once there are {@code expected} of them. */
  int deadLettersWith(String dlq, String token, int expected, Duration timeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reliability-" + token + "-" + dlq);
    Set<String> found = new HashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(dlq));
      while (found.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
          String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
          String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
          if (key.contains(token) || value.contains(token)) {
            found.add(key + "@" + r.offset());
          }
        }
      }
    }
    return found.size();
  }

  private static Poison poison(String why, String token, int n, String value) {
    return new Poison(why, key(token, n), utf8(value), new RecordHeaders());
  }

  private static byte[] key(String token, int n) {
    return utf8("poison-" + token + "-" + n);
  }

  private static RecordHeaders header(String name, String value) {
    RecordHeaders h = new RecordHeaders();
    h.add(name, utf8(value));
    return h;
  }

  /** Headers no one should trust: binary values, a null value, CloudEvents headers that lie. */
  static RecordHeaders badHeaders() {
    RecordHeaders h = new RecordHeaders();
    h.add("ce_specversion", new byte[] {(byte) 0xff, 0});
    h.add("ce_id", null);
    h.add("content-type", utf8("application/x-nonsense; charset=klingon"));
    h.add("", utf8("empty name"));
    return h;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
  }
}
