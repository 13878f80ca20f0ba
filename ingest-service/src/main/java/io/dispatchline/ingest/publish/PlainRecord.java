package io.dispatchline.ingest.publish;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A record for another topic that must commit in the same transaction as a document's dispatches,
 * e.g. a feed item's entry in the seen set.
 */
public record PlainRecord(String topic, String key, byte[] value) {

  Message<Object> toMessage() {
    return Message.<Object>of(value)
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(key).build());
  }
}
