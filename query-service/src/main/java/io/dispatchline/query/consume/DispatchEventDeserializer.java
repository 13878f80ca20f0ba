package io.dispatchline.query.consume;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** JSON value of a {@link Topics#DISPATCHES} record. */
public class DispatchEventDeserializer extends ObjectMapperDeserializer<DispatchEvent> {
  public DispatchEventDeserializer() {
    super(DispatchEvent.class);
  }
}
