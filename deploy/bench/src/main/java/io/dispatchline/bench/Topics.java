package io.dispatchline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Kafka chores of the harness: topics, reading the records ingest published, replaying them. */
final class Topics {

  private final String bootstrap;

  Topics(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  void create(String name, int partitions) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  /** Waits until {@code group} has {@code members} members, each with partitions assigned. */
  void awaitGroup(String group, int members) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (System.nanoTime() < deadline) {
        ConsumerGroupDescription d;
        try {
          d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
        } catch (ExecutionException notYet) {
          // the group appears with its first member
          Thread.sleep(100);
          continue;
        }
        if (d.members().size() == members
            && d.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
          return;
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "consumer group " + group + " never had " + members + " members");
  }

  /** The first {@code n} committed records of partition 0 of {@code topic}: key, value, headers. */
  List<ConsumerRecord<byte[], byte[]>> read(String topic, int n) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition p0 = new TopicPartition(topic, 0);
      consumer.assign(List.of(p0));
      consumer.seekToBeginning(List.of(p0));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (records.size() < n && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (records.size() < n) {
            records.add(r);
          }
        }
      }
    }
    if (records.size() < n) {
      throw new IllegalStateException(
          "only " + records.size() + " of " + n + " records on " + topic);
    }
    return records;
  }

  /**
   * Sends the records (same key, value and headers) to {@code topic} as fast as Kafka takes them.
   */
  void replay(List<ConsumerRecord<byte[], byte[]>> records, String topic) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (ConsumerRecord<byte[], byte[]> r : records) {
        producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers()));
      }
      producer.flush();
    }
  }
}
