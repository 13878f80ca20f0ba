package io.dispatchline.query.consume;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With {@code dispatchline.replay=true}, the first time this process is given a partition it starts
 * reading it from the beginning, whatever the group committed: the database is rebuilt from the
 * topic. The upsert makes this safe on a non-empty database too.
 */
@ApplicationScoped
@Identifier(ReplayFromBeginning.NAME)
public class ReplayFromBeginning implements KafkaConsumerRebalanceListener {

  public static final String NAME = "dispatches-replay";
  private static final Logger LOG = Logger.getLogger(ReplayFromBeginning.class);

  private final boolean replay;
  private final Set<TopicPartition> replayed = new HashSet<>();

  public ReplayFromBeginning(@ConfigProperty(name = "dispatchline.replay") boolean replay) {
    this.replay = replay;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    if (!replay) {
      return;
    }
    List<TopicPartition> fresh;
    synchronized (replayed) {
      fresh = partitions.stream().filter(replayed::add).toList();
    }
    if (!fresh.isEmpty()) {
      LOG.infof("Replay: reading %s from the beginning", fresh);
      consumer.seekToBeginning(fresh);
    }
  }
}
