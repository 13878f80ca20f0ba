package io.dispatchline.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** When a failed group of documents is worth publishing again document by document. */
class GroupRetryDecisionTest {

  @Test
  void aRecordTheBrokerRefusesMayBeOneDocumentsFault() {
    var refused =
        new PublishFailedException(
            "Kafka did not accept the dispatches",
            new RecordTooLargeException("The request included a message larger than the max"));

    assertThat(DispatchPublisher.mayBeOneDocumentsFault(refused)).isTrue();
  }

  @Test
  void aTimeOutIsTheBrokersNotADocumentsAndIsNotRetriedPerDocument() {
    var kafkaTimeout =
        new PublishFailedException(
            "Kafka did not accept the dispatches",
            new TimeoutException("Topic dispatches not present in metadata after 15000 ms."));
    var awaitTimeout =
        new PublishFailedException(
            "Kafka did not accept the dispatches", new io.smallrye.mutiny.TimeoutException());

    assertThat(DispatchPublisher.mayBeOneDocumentsFault(kafkaTimeout)).isFalse();
    assertThat(DispatchPublisher.mayBeOneDocumentsFault(awaitTimeout)).isFalse();
  }

  @Test
  void aTimeOutAmongSeveralCausesCounts() {
    var composite =
        new CompositeException(
            new IllegalStateException("abort failed"), new TimeoutException("expired"));

    assertThat(DispatchPublisher.mayBeOneDocumentsFault(new RuntimeException(composite))).isFalse();
  }
}
