package io.dispatchline.system;

import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes generated dispatch events straight to the {@code dispatches} topic. */
final class Producer implements AutoCloseable {

  private final KafkaProducer<String, String> producer;
  private final Random random = new Random(42);

  Producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  /** Sends events {@code from} (inclusive) to {@code to} (exclusive) of a document and flushes. */
  void send(String run, String documentId, int from, int to)
      throws InterruptedException, ExecutionException {
    for (int sequence = from; sequence < to; sequence++) {
      String id = DispatchEvents.id(run + "/" + documentId + "/" + sequence);
      producer.send(
          new ProducerRecord<>(
              "dispatches", id, DispatchEvents.event(id, documentId, sequence, random)));
    }
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
