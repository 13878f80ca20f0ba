package io.dispatchline.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import org.junit.jupiter.api.Test;

/** Which producer operation Kafka wants retried after a broker outage. */
class TimedOutOperationTest {

  @Test
  void findsTheAbortThatMustBeRetriedAnywhereInTheCauses() {
    var refusal =
        new IllegalStateException(
            "Cannot attempt operation `beginTransaction` because the previous call to"
                + " `abortTransaction` timed out and must be retried");
    assertThat(DispatchPublisher.timedOutOperation(refusal)).isEqualTo("abortTransaction");
    assertThat(DispatchPublisher.timedOutOperation(new RuntimeException("wrapped", refusal)))
        .isEqualTo("abortTransaction");
    assertThat(
            DispatchPublisher.timedOutOperation(
                new CompositeException(new RuntimeException("first"), refusal)))
        .isEqualTo("abortTransaction");
  }

  @Test
  void findsACommitThatMustBeRetried() {
    var refusal =
        new IllegalStateException(
            "Cannot attempt operation `abortTransaction` because the previous call to"
                + " `commitTransaction` timed out and must be retried");
    assertThat(DispatchPublisher.timedOutOperation(refusal)).isEqualTo("commitTransaction");
  }

  @Test
  void otherFailuresNeedNothingRetried() {
    assertThat(DispatchPublisher.timedOutOperation(new RuntimeException("Expiring 3 record(s)")))
        .isNull();
  }
}
