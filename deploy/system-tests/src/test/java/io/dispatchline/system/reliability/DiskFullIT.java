package io.dispatchline.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A full disk under the running system: PostgreSQL's data folder and Kafka's log folder each on a
 * small filesystem of their own (a size-limited tmpfs, see {@link SmallDisk}), filled with a
 * ballast file while documents stream in, then freed. Nothing acknowledged may be lost, nothing
 * stored twice, and the system must come back by itself once space returns. Needs root to mount;
 * without it the test fails and says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiskFullIT {

  static final int DOCUMENTS = 240;
  static final int DISPATCHES_PER_DOCUMENT = 3;
  static final long POSTGRES_DISK_MB = 160;
  static final long KAFKA_DISK_MB = 128;
  static final Duration STORE_TIMEOUT = Duration.ofMinutes(2);
  static final String CONSUMER_GROUP = "dispatchline-query";

  static Path dataDir;
  static SmallDisk postgresDisk;
  static SmallDisk kafkaDisk;
  static ReliabilitySystem system;
  static Uploader uploader;
  static StoredDispatches stored;
  static Instant suiteStart;

  @BeforeAll
  static void startOnSmallDisks() throws Exception {
    suiteStart = Instant.now();
    SmallDisk.requireRoot();
    LocalStackConfig ports = LocalStackConfig.forTests();
    Files.deleteIfExists(ports.dataDir()); // only its free ports are used
    dataDir = Files.createTempDirectory("dispatchline-diskfull-");
    try {
      postgresDisk = SmallDisk.mount(dataDir.resolve("postgres"), POSTGRES_DISK_MB);
      kafkaDisk = SmallDisk.mount(dataDir.resolve("kafka").resolve("data"), KAFKA_DISK_MB);
      ReliabilityReport.begin();
      system =
          ReliabilitySystem.start(
              new LocalStackConfig(
                  ports.kafkaPort(),
                  ports.postgresPort(),
                  dataDir,
                  true,
                  ports.postgresDurability()),
              // A publish gives up after 10 s instead of 30 s: the refusals come sooner, the
              // test is shorter; what a client gets is the same.
              Map.of("DISPATCHLINE_PUBLISH_TIMEOUT", "10s"));
    } catch (Exception | Error e) {
      unmountAndDelete();
      throw e;
    }
    uploader = new Uploader(system::ingestUrl);
    stored = new StoredDispatches(system.db, system::queryUrl);
  }

  @AfterAll
  static void stopAndUnmount() throws Exception {
    try {
      if (system != null) {
        system.close();
      }
    } finally {
      unmountAndDelete();
      if (suiteStart != null) {
        ReliabilityReport.end(Duration.between(suiteStart, Instant.now()));
      }
    }
  }

  private static void unmountAndDelete() throws Exception {
    List<Exception> failures = new ArrayList<>();
    for (SmallDisk disk : new SmallDisk[] {kafkaDisk, postgresDisk}) {
      try {
        if (disk != null) {
          disk.close();
        }
      } catch (Exception e) {
        failures.add(e);
      }
    }
    if (dataDir != null) {
      for (Path p : List.of(dataDir.resolve("postgres"), dataDir.resolve("kafka/data"))) {
        if (SmallDisk.isMountPoint(p)) {
          failures.add(new IllegalStateException(p + " is still mounted"));
        }
      }
      deleteRecursively(dataDir);
    }
    if (!failures.isEmpty()) {
      IllegalStateException e = new IllegalStateException("clean-up of the small disks failed");
      failures.forEach(e::addSuppressed);
      throw e;
    }
  }

  @Test
  @Order(1)
  void postgresDiskFullStopsAcknowledgementLosesNothingAndCatchesUpWhenSpaceReturns()
      throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("pgdiskfull");
    List<TestDocument> documents = TestDocument.generate(token, DOCUMENTS, DISPATCHES_PER_DOCUMENT);
    Map<String, Expected> expected = previewAll(documents);
    try (Admin admin = admin()) {
      UploadStream stream = uploader.stream(documents, 4);
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> stream.acceptedCount() >= DOCUMENTS / 5);
      Instant filled = Instant.now();
      long ballast = postgresDisk.fill();
      // query-service says it cannot store (readiness DOWN); ingest keeps taking documents: Kafka
      // holds what cannot be stored yet.
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> system.query().status("/q/health/ready") == 503);
      Duration toNotReady = Duration.between(filled, Instant.now());
      Map<String, Expected> accepted = stream.finish(Duration.ofMinutes(3));
      // Offsets of batches stored before the disk filled may still be committed (the connector
      // commits every 5 s): wait that out, then nothing may move while the disk stays full.
      Thread.sleep(6_000);
      long rowsBefore = stored.storedOf(expected.values());
      long committedBefore = committedOffsets(admin);
      Thread.sleep(8_000);
      int readyDuringOutage = system.query().status("/q/health/ready");
      long rowsAfter = stored.storedOf(expected.values());
      long committedAfter = committedOffsets(admin);
      long endOffsets = endOffsets(admin);
      long freeWhileFull = postgresDisk.usableBytes();

      Instant freed = Instant.now();
      postgresDisk.free();
      boolean allStored = stored.awaitStored(expected.values(), STORE_TIMEOUT);
      Duration recovery = Duration.between(freed, Instant.now());
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> system.query().status("/q/health/ready") == 200);
      Tally tally = stored.inDatabase(expected).worst(stored.overHttp(expected, token));
      // The last commit may stop short of the end offset by the transaction markers after it.
      long committedAtEnd = committedOffsetsAwaiting(admin, endOffsets(admin) - 1);
      String note =
          String.format(
              "PostgreSQL data on a %d MB tmpfs filled with a %d MB ballast after %d documents;"
                  + " query-service not ready %s later; while full (%d bytes free, readiness %d):"
                  + " %d of %d dispatches stored, committed offsets %d → %d of %d in the topic;"
                  + " ballast deleted: all stored %s later, offsets committed up to %d",
              postgresDisk.megabytes(),
              ballast / (1024 * 1024),
              DOCUMENTS / 5,
              ScenarioResult.seconds(toNotReady),
              freeWhileFull,
              readyDuringOutage,
              rowsAfter,
              expected.values().stream().mapToLong(e -> e.ids().size()).sum(),
              committedBefore,
              committedAfter,
              endOffsets,
              ScenarioResult.seconds(recovery),
              committedAtEnd);
      report("postgres-disk-full", DOCUMENTS + " documents", tally, recovery, start, note);

      assertThat(accepted).isEqualTo(expected);
      assertThat(readyDuringOutage)
          .as("query-service readiness while the disk is full")
          .isEqualTo(503);
      assertThat(rowsAfter).as("rows stored while the disk is full").isEqualTo(rowsBefore);
      assertThat(rowsAfter).as("rows stored while the disk is full").isLessThan(tally.expected());
      assertThat(committedAfter)
          .as("offsets committed while the disk is full")
          .isEqualTo(committedBefore);
      assertThat(committedAfter).as("records waiting in Kafka").isLessThan(endOffsets);
      assertThat(allStored).as("all stored after the space returned").isTrue();
      assertNothingLostOrDuplicated(tally);
      assertThat(committedAtEnd)
          .as("offsets committed after recovery")
          .isGreaterThan(committedAfter);
    }
  }

  @Test
  @Order(2)
  void kafkaDiskFullAnswers503WithRetryAfterPublishesNoHalfDocumentAndRecoversByItself()
      throws Exception {
    Instant start = Instant.now();
    String token = TestDocument.token("kafkadiskfull");
    List<TestDocument> documents = TestDocument.generate(token, DOCUMENTS, DISPATCHES_PER_DOCUMENT);
    Map<String, Expected> expected = previewAll(documents);
    // Probes: one document at a time, to see the answers a client gets while the disk is full.
    // They are made and previewed as they go (preview needs no Kafka); sizes holds every document.
    Map<String, Integer> sizes = new java.util.concurrent.ConcurrentHashMap<>();
    expected.values().forEach(e -> sizes.put(e.documentId(), e.ids().size()));
    try (TopicWatch committed =
        new TopicWatch(system.stack.kafkaBootstrapServers(), "read_committed")) {
      UploadStream stream = uploader.stream(documents, 4);
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> stream.acceptedCount() >= DOCUMENTS / 5);
      Instant filled = Instant.now();
      long ballast = kafkaDisk.fill();

      // Until space returns, every upload is refused with 503, Retry-After and problem+json; none
      // may be accepted (the broker cannot have written it).
      int probe = 0;
      List<RawAnswer> refusals = new ArrayList<>();
      Instant firstRefusal = null;
      Map<String, Expected> probesAccepted = new LinkedHashMap<>();
      int acceptedWhileFull = 0;
      while (Duration.between(filled, Instant.now()).compareTo(Duration.ofSeconds(90)) < 0) {
        // Kafka frees a little space now and then (e.g. cleaned or deleted segments): the
        // ballast takes it, so the disk stays full until the test frees it.
        ballast += kafkaDisk.fill();
        TestDocument d = TestDocument.of(token, DOCUMENTS + probe++, 1);
        Expected preview = uploader.preview(d);
        sizes.put(preview.documentId(), preview.ids().size());
        RawAnswer answer = post(d);
        if (answer.status() == 202) {
          probesAccepted.put(d.name(), preview);
          if (firstRefusal != null) {
            acceptedWhileFull++; // must not happen before space returns: asserted below
            break;
          }
        } else {
          refusals.add(answer);
          if (firstRefusal == null) {
            firstRefusal = Instant.now();
          }
          if (Duration.between(firstRefusal, Instant.now()).compareTo(KAFKA_FULL_FOR) >= 0) {
            break;
          }
        }
      }
      long freeWhileFull = kafkaDisk.usableBytes();

      Instant freed = Instant.now();
      kafkaDisk.free();
      // Recovers by itself: the stack starts the broker again (backoff), ingest publishes again.
      Instant recovered = null;
      while (Duration.between(freed, Instant.now()).compareTo(Duration.ofSeconds(120)) < 0) {
        TestDocument d = TestDocument.of(token, DOCUMENTS + probe++, 1);
        Expected preview = uploader.preview(d);
        sizes.put(preview.documentId(), preview.ids().size());
        RawAnswer answer = post(d);
        if (answer.status() == 202) {
          probesAccepted.put(d.name(), preview);
          recovered = Instant.now();
          break;
        }
        refusals.add(answer);
      }
      Duration toRecovered = recovered == null ? null : Duration.between(freed, recovered);
      Map<String, Expected> accepted = stream.finish(Duration.ofMinutes(3));
      Map<String, Expected> all = new LinkedHashMap<>(expected);
      all.putAll(probesAccepted);
      boolean allStored = stored.awaitStored(all.values(), STORE_TIMEOUT);
      Duration recovery = Duration.between(freed, Instant.now());
      Tally tally = stored.inDatabase(all).worst(stored.overHttp(all, token));
      Map<String, Integer> acceptedSizes = new LinkedHashMap<>();
      all.values().forEach(e -> acceptedSizes.put(e.documentId(), e.ids().size()));
      long total = acceptedSizes.values().stream().mapToLong(Integer::longValue).sum();
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> committed.countOf(acceptedSizes) >= total);
      // Half-published = never seen whole. Runs broken by extra copies of records (a retried
      // write the restarted broker kept twice) are counted apart: at-least-once on the topic,
      // one row per dispatch in the database.
      int partial = committed.documentsNeverWhole(sizes);
      int brokenRuns = committed.partialDocuments(sizes);
      List<String> partialDetails = committed.partialDetails(sizes, 3);
      // The same topic read afterwards, from the beginning, as a subscriber joining later does.
      int partialReadAfterwards;
      try (TopicWatch afterwards =
          new TopicWatch(system.stack.kafkaBootstrapServers(), "read_committed", true)) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> afterwards.countOf(acceptedSizes) >= total);
        partialReadAfterwards = afterwards.documentsNeverWhole(sizes);
        partialDetails.addAll(afterwards.partialDetails(sizes, 3));
      }
      long without503 =
          refusals.stream()
              .filter(
                  r ->
                      r.status() != 503
                          || r.retryAfter() == null
                          || !r.contentType().startsWith("application/problem+json"))
              .count();
      String note =
          String.format(
              "Kafka log folder on a %d MB tmpfs filled with a %d MB ballast after %d documents;"
                  + " first 503 %s later; while full (%d bytes free) %d uploads refused (%s),"
                  + " %d of them not 503 + Retry-After + problem+json, %d accepted; ballast"
                  + " deleted: publishing again %s later (broker restarted by the stack), all"
                  + " stored %s later; partial documents seen read_committed: %d live, %d read"
                  + " afterwards; runs broken by duplicated records: %d %s",
              kafkaDisk.megabytes(),
              ballast / (1024 * 1024),
              DOCUMENTS / 5,
              firstRefusal == null
                  ? "never"
                  : ScenarioResult.seconds(Duration.between(filled, firstRefusal)),
              freeWhileFull,
              refusals.size(),
              refusals.isEmpty() ? "none" : refusals.get(0).summary(),
              without503,
              acceptedWhileFull,
              toRecovered == null ? "never" : ScenarioResult.seconds(toRecovered),
              ScenarioResult.seconds(recovery),
              partial,
              partialReadAfterwards,
              brokenRuns,
              partialDetails);
      report(
          "kafka-disk-full",
          DOCUMENTS + " documents + " + probe + " probes",
          tally,
          recovery,
          start,
          note);

      assertThat(firstRefusal).as("an upload refused while the disk is full").isNotNull();
      assertThat(refusals).as("uploads refused while the disk is full").isNotEmpty();
      assertThat(without503).as("refusals without 503 + Retry-After + problem+json").isZero();
      assertThat(acceptedWhileFull).as("probes accepted after the first refusal").isZero();
      assertThat(toRecovered).as("publishing again after the space returned").isNotNull();
      assertThat(accepted).isEqualTo(expected);
      assertThat(allStored).as("all stored after the space returned").isTrue();
      assertNothingLostOrDuplicated(tally);
      assertThat(partial).as("partial documents seen read_committed, live").isZero();
      assertThat(partialReadAfterwards).as("partial documents read_committed afterwards").isZero();
    }
  }

  /** How long the Kafka disk stays full after the first refusal: the broker's restarts fail. */
  static final Duration KAFKA_FULL_FOR = Duration.ofSeconds(10);

  /** One answer of ingest-service to an upload, with the headers a client acts on. */
  record RawAnswer(int status, String retryAfter, String contentType, String body) {
    String summary() {
      return status
          + ", Retry-After: "
          + retryAfter
          + ", "
          + contentType
          + (body.length() > 120 ? " " + body.substring(0, 120) + "…" : " " + body);
    }
  }

  private static final java.net.http.HttpClient HTTP =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static RawAnswer post(TestDocument document) throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    system.ingestUrl()
                        + "/documents?published=2025-03-04&source="
                        + java.net.URLEncoder.encode(
                            document.name(), java.nio.charset.StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "text/plain; charset=UTF-8")
            .header("Authorization", "Bearer " + ReliabilitySystem.INGEST_TOKEN)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    document.text(), java.nio.charset.StandardCharsets.UTF_8))
            .build();
    java.net.http.HttpResponse<String> answer =
        HTTP.send(
            request,
            java.net.http.HttpResponse.BodyHandlers.ofString(
                java.nio.charset.StandardCharsets.UTF_8));
    return new RawAnswer(
        answer.statusCode(),
        answer.headers().firstValue("Retry-After").orElse(null),
        answer.headers().firstValue("Content-Type").orElse(""),
        answer.body());
  }

  private static Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack.kafkaBootstrapServers());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    return Admin.create(props);
  }

  /** Sum over the partitions of {@code dispatches} of query-service's committed offsets. */
  static long committedOffsets(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(CONSUMER_GROUP).partitionsToOffsetAndMetadata().get();
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals("dispatches") && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** Waits until query-service has committed up to {@code target}; returns what it reached. */
  static long committedOffsetsAwaiting(Admin admin, long target) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    long committed = committedOffsets(admin);
    while (committed < target && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      committed = committedOffsets(admin);
    }
    return committed;
  }

  /** Sum of the end offsets of the partitions of {@code dispatches} (with transaction markers). */
  static long endOffsets(Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
    admin
        .describeTopics(List.of("dispatches"))
        .allTopicNames()
        .get()
        .get("dispatches")
        .partitions()
        .forEach(
            p -> latest.put(new TopicPartition("dispatches", p.partition()), OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
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

  private static void report(
      String scenario, String sent, Tally tally, Duration recovery, Instant start, String note)
      throws IOException {
    ReliabilityReport.add(
        new ScenarioResult(
            scenario, sent, tally, recovery, Duration.between(start, Instant.now()), note));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
