package io.dispatchline.query.consume;

import io.dispatchline.query.store.DispatchStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Stores each polled batch in one database transaction. The batch is acknowledged only when this
 * method returns, i.e. after the commit, so a crash before that makes Kafka redeliver it and the
 * idempotent upsert absorbs the repeat.
 */
@ApplicationScoped
public class DispatchConsumer {

  private static final Logger LOG = Logger.getLogger(DispatchConsumer.class);

  private final DispatchStore store;

  public DispatchConsumer(DispatchStore store) {
    this.store = store;
  }

  @Incoming(Topics.DISPATCHES)
  @Blocking
  public void consume(List<DispatchEvent> batch) {
    List<DispatchEvent> events = batch.stream().filter(Objects::nonNull).toList();
    int changed = store.upsert(events);
    LOG.debugf("Stored batch of %d dispatches, %d new or changed", events.size(), changed);
  }
}
