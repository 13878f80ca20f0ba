package io.dispatchline.ingest.publish;

import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;
import org.apache.kafka.common.header.Headers;

/**
 * Values of the transactional producer: events as JSON, raw bytes (a dead-lettered document) as
 * they are. One producer writes both, so that a dead-lettered document and its consumed offset
 * commit in the same transaction.
 */
public class RecordValueSerializer extends ObjectMapperSerializer<Object> {

  @Override
  public byte[] serialize(String topic, Object data) {
    return data instanceof byte[] bytes ? bytes : super.serialize(topic, data);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Object data) {
    return data instanceof byte[] bytes ? bytes : super.serialize(topic, headers, data);
  }
}
