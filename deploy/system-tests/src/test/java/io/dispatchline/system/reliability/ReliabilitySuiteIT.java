package io.dispatchline.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The running system as a whole — both services as processes on the local Kafka and PostgreSQL —
 * under faults, load and hostile input. Every scenario streams a known set of documents in (or
 * attacks an endpoint) and checks in PostgreSQL and over HTTP that each expected dispatch is stored
 * exactly once; each reports one line to {@link ReliabilityReport}. One stack and one pair of
 * services are shared; faults restart what they break.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilitySuiteIT {

  static final int FAULT_DOCUMENTS = 240;
  static final int DISPATCHES_PER_DOCUMENT = 3;
  static final Duration STORE_TIMEOUT = Duration.ofMinutes(2);

  static ReliabilitySystem system;
  static Uploader uploader;
  static StoredDispatches stored;
  static Instant suiteStart;

  @BeforeAll
  static void startSystem() throws Exception {
    suiteStart = Instant.now();
    ReliabilityReport.begin();
    system = ReliabilitySystem.start();
    uploader = new Uploader(system::ingestUrl);
    stored = new StoredDispatches(system.db, system::queryUrl);
  }

  @AfterAll
  static void stopSystem() throws Exception {
    if (system != null) {
      system.close();
    }
    ReliabilityReport.end(Duration.between(suiteStart, Instant.now()));
  }

  @Test
  @Order(1)
  void hostileCorpusGetsOnlyProblemAnswersAndLeavesBothServicesHealthy() throws Exception {
    Instant start = Instant.now();
    HostileRun run = HostileRun.of(system).send(HostileCorpus.all());
    String note = run.summary() + "; health " + health();
    report("hostile-corpus", run.sent() + " requests", new Tally(0, 0, 0, 0), null, start, note);

    assertThat(run.sent()).isGreaterThanOrEqualTo(200);
    assertThat(run.failures()).isEmpty();
    assertThat(health()).isEqualTo("UP/UP");
  }

  @Test
  @Order(2)
  void writesAndReadsWithoutTheRightTokenAreRefusedAndPublishNothing() throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("auth");
    TestDocument refused = TestDocument.of(token, 0, 2);
    Expected never = uploader.preview(refused);
    HostileRun attempts = AuthAttempts.run(system, refused);

    // A document uploaded with the token afterwards is stored; one refused before it never is.
    TestDocument sentinel = TestDocument.of(token, 1, 2);
    Expected accepted = uploader.upload(sentinel);
    stored.awaitStored(List.of(accepted), STORE_TIMEOUT);
    long leaked = stored.storedOf(List.of(never));
    report(
        "auth",
        attempts.sent() + " requests",
        new Tally(0, 0, 0, (int) leaked),
        null,
        start,
        attempts.summary());

    assertThat(attempts.failures()).isEmpty();
    assertThat(leaked).isZero();
  }

  @Test
  @Order(3)
  void poisonRecordsLandInTheDeadLetterTopicsAndTheStreamGoesOn() throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("poison");
    List<PoisonRecords.Poison> dispatchPoison = PoisonRecords.forDispatches(token);
    List<PoisonRecords.Poison> documentPoison = PoisonRecords.forDocuments(token);
    TestDocument good = TestDocument.of(token, 0, 3);
    Expected goodDocument = uploader.preview(good);
    Map<String, Expected> expected = new LinkedHashMap<>();
    try (PoisonRecords records = new PoisonRecords(system.stack.kafkaBootstrapServers())) {
      records.send("dispatches", dispatchPoison);
      expected.put("events", records.sendGoodEvents(token, 5));
      records.send("documents", documentPoison);
      records.sendDocument(good);
      expected.put(good.name(), goodDocument);
      stored.awaitStored(expected.values(), STORE_TIMEOUT);
      int dispatchesDlq =
          records.deadLettersWith("dispatches-dlq", token, dispatchPoison.size(), STORE_TIMEOUT);
      int documentsDlq =
          records.deadLettersWith("documents-dlq", token, documentPoison.size(), STORE_TIMEOUT);
      Tally tally = stored.inDatabase(expected);
      report(
          "poison-records",
          dispatchPoison.size() + documentPoison.size() + " poison + 6 good records",
          tally,
          null,
          start,
          String.format(
              "dispatches-dlq %d/%d, documents-dlq %d/%d; health %s",
              dispatchesDlq, dispatchPoison.size(), documentsDlq, documentPoison.size(), health()));

      assertThat(dispatchesDlq).isEqualTo(dispatchPoison.size());
      assertThat(documentsDlq).isEqualTo(documentPoison.size());
      assertNothingLostOrDuplicated(tally);
      assertThat(health()).isEqualTo("UP/UP");
    }
  }

  @Test
  @Order(4)
  void documentsIngestAcceptsAreStoredHoweverOddTheirText() throws Exception {
    Instant start = Instant.now();
    EdgeDocuments.Outcome outcome = EdgeDocuments.upload(system, TestDocument.token("edge"));
    stored.awaitStored(outcome.accepted().values(), STORE_TIMEOUT.dividedBy(4));
    Tally tally = stored.inDatabase(outcome.accepted());
    report("edge-documents", outcome.sent() + " documents", tally, null, start, outcome.summary());

    assertThat(outcome.failures()).isEmpty();
    assertNothingLostOrDuplicated(tally);
  }

  @Test
  @Order(5)
  void theSameDocumentTenTimesAtOnceIsStoredOnce() throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("same");
    TestDocument document = TestDocument.of(token, 0, 5);
    Expected preview = uploader.preview(document);
    CountDownLatch gate = new CountDownLatch(1);
    List<CompletableFuture<Expected>> uploads = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      uploads.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  gate.await();
                  return uploader.upload(document);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    gate.countDown();
    List<Expected> answers = uploads.stream().map(CompletableFuture::join).toList();
    stored.awaitStored(List.of(preview), STORE_TIMEOUT);
    Map<String, Expected> expected = Map.of(document.name(), preview);
    Tally tally = stored.inDatabase(expected).worst(stored.overHttp(expected, token));
    long documentRows = system.db.rowsOf(preview.documentId());
    report(
        "same-document-10x",
        "10 concurrent uploads of 1 document",
        tally,
        null,
        start,
        "answers with the same ids: " + answers.stream().filter(preview::equals).count() + "/10");

    assertThat(answers).containsOnly(preview);
    assertThat(documentRows).isEqualTo(preview.ids().size());
    assertNothingLostOrDuplicated(tally);
  }

  @Test
  @Order(6)
  void fiftyConcurrentUploadersOfTwentyDocumentsEachLoseAndDuplicateNothing() throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("load");
    List<TestDocument> documents = TestDocument.generate(token, 1000, 2);
    Map<String, Expected> expected = previewAll(documents);
    Instant uploadStart = Instant.now();
    Map<String, Expected> accepted = uploader.stream(documents, 50).finish(Duration.ofMinutes(3));
    Duration uploading = Duration.between(uploadStart, Instant.now());
    stored.awaitStored(expected.values(), STORE_TIMEOUT);
    Duration toStored = Duration.between(uploadStart, Instant.now());
    Tally tally = stored.inDatabase(expected).worst(stored.overHttp(expected, token));
    report(
        "50-uploaders-x-20",
        "1000 documents by 50 uploaders",
        tally,
        null,
        start,
        String.format(
            "uploads %.0f documents/s, all stored %s after the first upload",
            1000 / (uploading.toMillis() / 1000.0), ScenarioResult.seconds(toStored)));

    assertThat(accepted).isEqualTo(expected);
    assertNothingLostOrDuplicated(tally);
  }

  @Test
  @Order(7)
  void kafkaBrokerRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
    faultScenario(
        "kafka-restart",
        (stream, committed) -> {
          int retriesBefore = uploader.retries.get();
          int acceptedBefore = stream.acceptedCount();
          system.stack.stopKafka();
          system.stack.startKafka();
          // Sends block while the broker is away (up to max.block.ms), then fail and are retried.
          return String.format(
              "%d documents accepted while the broker restarted, uploads retried %d times",
              stream.acceptedCount() - acceptedBefore, uploader.retries.get() - retriesBefore);
        });
  }

  @Test
  @Order(8)
  void postgresRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
    faultScenario(
        "postgres-restart",
        (stream, committed) -> {
          int acceptedAtStop = stream.acceptedCount();
          system.stack.stopPostgres();
          // query-service waits, and says so; ingest goes on: Kafka keeps what cannot be stored.
          Awaitility.await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> system.query().status("/q/health/ready") == 503);
          // Uploads may all be in by now on a fast machine: then there is nothing more to wait for.
          int target = Math.min(acceptedAtStop + 20, FAULT_DOCUMENTS);
          Awaitility.await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> stream.acceptedCount() >= target || stream.finished());
          system.stack.startPostgres();
          return (stream.acceptedCount() - acceptedAtStop)
              + " documents accepted during the outage";
        });
  }

  @Test
  @Order(9)
  void queryServiceKilledMidBatchAndRestartedLosesAndDuplicatesNothing() throws Exception {
    faultScenario(
        "query-sigkill",
        (stream, committed) -> {
          Awaitility.await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> stored.storedOf(stream.acceptedSoFar().values()) > 0);
          long storedAtKill = stored.storedOf(stream.acceptedSoFar().values());
          system.killQuery();
          system.startQuery();
          return storedAtKill + " dispatches stored at the kill";
        });
  }

  @Test
  @Order(10)
  void ingestServiceKilledMidDocumentShowsNoPartialDocument() throws Exception {
    try (TopicWatch uncommitted =
        new TopicWatch(system.stack.kafkaBootstrapServers(), "read_uncommitted")) {
      faultScenario(
          "ingest-sigkill",
          (stream, committed) -> {
            // Kill while the log holds records a read_committed subscriber does not see yet: a
            // document's transaction is (most likely) open.
            Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(1))
                .until(() -> uncommitted.total() > committed.total());
            system.killIngest();
            system.startIngest();
            return "uploads retried across the restart";
          },
          uncommitted);
    }
  }

  @Test
  @Order(11)
  void bothServicesStoppedWithSigtermUnderLoadAndRestartedLoseNothing() throws Exception {
    faultScenario(
        "sigterm-both",
        (stream, committed) -> {
          system.terminateBoth();
          system.startQuery();
          system.startIngest();
          return "graceful shutdown of both under load";
        });
  }

  /**
   * A fault injected into the running stream, which a read_committed subscriber watches; returns a
   * note on what it did.
   */
  interface Fault {
    String inject(UploadStream stream, TopicWatch committed) throws Exception;
  }

  private static void faultScenario(String name, Fault fault) throws Exception {
    faultScenario(name, fault, null);
  }

  /**
   * Streams documents in with four uploaders, injects the fault a third of the way through, and
   * checks that every dispatch is stored once and that a read_committed subscriber saw only whole
   * documents.
   */
  private static void faultScenario(String name, Fault fault, TopicWatch uncommitted)
      throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token(name);
    List<TestDocument> documents =
        TestDocument.generate(token, FAULT_DOCUMENTS, DISPATCHES_PER_DOCUMENT);
    Map<String, Expected> expected = previewAll(documents);
    Map<String, Integer> sizes =
        expected.values().stream()
            .collect(Collectors.toMap(Expected::documentId, e -> e.ids().size(), (a, b) -> a));
    long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
    try (TopicWatch committed =
        new TopicWatch(system.stack.kafkaBootstrapServers(), "read_committed")) {
      UploadStream stream = uploader.stream(documents, 4);
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> stream.acceptedCount() >= FAULT_DOCUMENTS / 3);
      Instant injected = Instant.now();
      String note;
      try {
        note = fault.inject(stream, committed);
      } catch (Exception | Error e) {
        // A fault that failed half-way must not leave the broker or the database down for the
        // scenarios after it: each one reports its own failure, not the previous one's.
        system.restoreAfterFailedFault(e);
        throw e;
      }
      Instant cleared = Instant.now();
      note =
          "fault lasted "
              + ScenarioResult.seconds(Duration.between(injected, cleared))
              + "; "
              + note;
      stored.awaitStored(stream.acceptedSoFar().values(), STORE_TIMEOUT);
      Duration recovery = Duration.between(cleared, Instant.now());

      Map<String, Expected> accepted = stream.finish(Duration.ofMinutes(3));
      stored.awaitStored(expected.values(), STORE_TIMEOUT);
      Tally tally = stored.inDatabase(expected).worst(stored.overHttp(expected, token));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> committed.countOf(sizes) >= total);
      int partial = committed.partialDocuments(sizes);
      note += "; partial documents seen read_committed: " + partial;
      if (uncommitted != null) {
        note +=
            "; records of aborted transactions hidden from it: "
                + (uncommitted.countOf(sizes) - committed.countOf(sizes));
      }
      report(name, FAULT_DOCUMENTS + " documents", tally, recovery, start, note);

      assertThat(accepted).isEqualTo(expected);
      assertNothingLostOrDuplicated(tally);
      assertThat(partial).isZero();
      assertThat(health()).isEqualTo("UP/UP");
    }
  }

  private static Map<String, Expected> previewAll(List<TestDocument> documents) throws Exception {
    List<Expected> previews = uploader.previewAll(documents);
    Map<String, Expected> expected = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      expected.put(documents.get(i).name(), previews.get(i));
    }
    return expected;
  }

  private static void assertNothingLostOrDuplicated(Tally tally) {
    assertThat(tally.lost()).as("lost").isZero();
    assertThat(tally.duplicated()).as("duplicated").isZero();
    assertThat(tally.stored()).as("stored").isEqualTo(tally.expected());
  }

  /** Readiness of ingest and query, as {@code UP/UP} when both are ready. */
  private static String health() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () ->
                system.ingest().status("/q/health/ready") == 200
                    && system.query().status("/q/health/ready") == 200);
    return (system.ingest().status("/q/health") == 200 ? "UP" : "DOWN")
        + "/"
        + (system.query().status("/q/health") == 200 ? "UP" : "DOWN");
  }

  private static void report(
      String scenario, String sent, Tally tally, Duration recovery, Instant start, String note)
      throws Exception {
    ReliabilityReport.add(
        new ScenarioResult(
            scenario, sent, tally, recovery, Duration.between(start, Instant.now()), note));
  }
}
