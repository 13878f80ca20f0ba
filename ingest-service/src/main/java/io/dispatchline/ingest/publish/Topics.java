package io.dispatchline.ingest.publish;

/** Kafka topic names; each is also the name of its messaging channel. */
public final class Topics {
  /** One record per dispatch, key = dispatch id, JSON value, CloudEvents binary headers. */
  public static final String DISPATCHES = "dispatches";

  private Topics() {}
}
