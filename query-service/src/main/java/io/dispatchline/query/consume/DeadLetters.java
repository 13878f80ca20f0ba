package io.dispatchline.query.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Writes records that can never be stored to {@link Topics#DISPATCHES_DLQ}: the original key, value
 * and headers, plus why and where from. Sending waits for the broker's acknowledgement, so a batch
 * is acknowledged only once its dead letters are safe.
 */
@ApplicationScoped
public class DeadLetters {

  public static final String REASON = "dead-letter-reason";
  public static final String TOPIC = "dead-letter-topic";
  public static final String PARTITION = "dead-letter-partition";
  public static final String OFFSET = "dead-letter-offset";

  private static final Logger LOG = Logger.getLogger(DeadLetters.class);

  /** One record to set aside and why. */
  public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {}

  private final Emitter<byte[]> emitter;
  private final Duration timeout;
  private final MeterRegistry metrics;

  public DeadLetters(
      @Channel(Topics.DISPATCHES_DLQ) Emitter<byte[]> emitter,
      @ConfigProperty(name = "dispatchline.dead-letters.timeout", defaultValue = "60s")
          Duration timeout,
      MeterRegistry metrics) {
    this.emitter = emitter;
    this.timeout = timeout;
    this.metrics = metrics;
  }

  public void send(List<DeadLetter> letters) {
    if (letters.isEmpty()) {
      return;
    }
    CompletableFuture<?>[] acks = new CompletableFuture<?>[letters.size()];
    for (int i = 0; i < letters.size(); i++) {
      DeadLetter letter = letters.get(i);
      CompletableFuture<Void> ack = new CompletableFuture<>();
      acks[i] = ack;
      emitter.send(toMessage(letter, ack));
      LOG.warnf(
          "Dead letter %s-%d@%d: %s",
          letter.record().topic(),
          letter.record().partition(),
          letter.record().offset(),
          letter.reason());
    }
    try {
      CompletableFuture.allOf(acks).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing dead letters", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("dead letters not acknowledged by Kafka", e);
    }
    metrics.counter("dispatchline.dead.letters").increment(letters.size());
  }

  private static Message<byte[]> toMessage(DeadLetter letter, CompletableFuture<Void> ack) {
    ConsumerRecord<String, byte[]> record = letter.record();
    RecordHeaders headers = new RecordHeaders();
    for (Header header : record.headers()) {
      headers.add(header);
    }
    headers.add(REASON, bytes(letter.reason()));
    headers.add(TOPIC, bytes(record.topic()));
    headers.add(PARTITION, bytes(Integer.toString(record.partition())));
    headers.add(OFFSET, bytes(Long.toString(record.offset())));
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withKey(record.key())
            .withHeaders(headers)
            .build();
    byte[] value = record.value() == null ? new byte[0] : record.value();
    return Message.of(value)
        .addMetadata(metadata)
        .withAck(
            () -> {
              ack.complete(null);
              return CompletableFuture.completedFuture(null);
            })
        .withNack(
            failure -> {
              ack.completeExceptionally(failure);
              return CompletableFuture.completedFuture(null);
            });
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
