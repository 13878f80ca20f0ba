package io.dispatchline.ingest.publish;

/** Kafka topic names; each is also the name of its messaging channel. */
public final class Topics {
  /** One record per dispatch, key = dispatch id, JSON value, CloudEvents binary headers. */
  public static final String DISPATCHES = "dispatches";

  /** Raw documents in (text or HTML value), split and published to {@link #DISPATCHES}. */
  public static final String DOCUMENTS = "documents";

  /** Records of {@link #DOCUMENTS} that cannot be processed, with the reason in headers. */
  public static final String DOCUMENTS_DLQ = "documents-dlq";

  /**
   * Compacted: one record per feed item published (key = feed id + item GUID or link), written in
   * the item's transaction; read at start-up to rebuild the seen set.
   */
  public static final String FEED_ITEMS_SEEN = "feed-items-seen";

  /** Compacted: feed registrations (key = feed id), shared by all ingest instances. */
  public static final String FEEDS = "feeds";

  private Topics() {}
}
