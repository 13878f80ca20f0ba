package io.dispatchline.query.consume;

/** Kafka topic names; each is also the name of its messaging channel. */
public final class Topics {
  /** Dispatch events from ingest-service, key = dispatch id. */
  public static final String DISPATCHES = "dispatches";

  /** Records of {@link #DISPATCHES} that can never be stored, with the reason in headers. */
  public static final String DISPATCHES_DLQ = "dispatches-dlq";

  private Topics() {}
}
