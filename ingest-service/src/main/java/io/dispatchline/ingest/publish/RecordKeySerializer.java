package io.dispatchline.ingest.publish;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Keys of the transactional producer: dispatch ids (strings), or a dead letter's original bytes.
 */
public class RecordKeySerializer implements Serializer<Object> {

  @Override
  public byte[] serialize(String topic, Object key) {
    if (key == null || key instanceof byte[]) {
      return (byte[]) key;
    }
    return key.toString().getBytes(StandardCharsets.UTF_8);
  }
}
