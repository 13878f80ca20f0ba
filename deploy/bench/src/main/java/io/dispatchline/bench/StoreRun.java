package io.dispatchline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The store stage alone: records put on a topic as fast as Kafka takes them while the consumers
 * (query-service instances, or Kafka Connect) are already running, timed from the first record sent
 * until every row is in {@code schema}. The CPU the consumers and PostgreSQL used meanwhile shows
 * where the time goes.
 */
final class StoreRun {

  /** Rows per second, and CPU milliseconds per 1000 rows in the consumer JVMs and in PostgreSQL. */
  record Result(int rows, double seconds, double consumerCpuMsPerK, double postgresCpuMsPerK) {
    double rate() {
      return rows / seconds;
    }
  }

  private StoreRun() {}

  static Result run(
      Topics topics,
      List<ConsumerRecord<byte[], byte[]>> records,
      String topic,
      Connection db,
      String schema,
      List<Long> consumerPids,
      Path postgresDir)
      throws Exception {
    long before = Schemas.count(db, schema);
    double consumerCpu0 = Proc.cpuSeconds(consumerPids);
    double postgresCpu0 = postgresCpu(postgresDir);
    long t0 = System.nanoTime();
    topics.replay(records, topic);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (Schemas.count(db, schema) - before < records.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(topic + ": rows not all stored after 15 minutes");
      }
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double k = records.size() / 1000.0;
    return new Result(
        records.size(),
        seconds,
        1000 * (Proc.cpuSeconds(consumerPids) - consumerCpu0) / k,
        1000 * (postgresCpu(postgresDir) - postgresCpu0) / k);
  }

  /**
   * CPU seconds PostgreSQL has used so far: every live server process, plus what the postmaster's
   * exited children (backends of closed connections) used, which Linux adds to the postmaster's
   * children time when it reaps them. A difference of two readings is then exact even when
   * connections open and close in between.
   */
  static double postgresCpu(Path dir) {
    return Proc.postgresUnder(dir).stream().mapToDouble(Proc::cpuSecondsWithReapedChildren).sum();
  }
}
