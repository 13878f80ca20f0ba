package io.dispatchline.ingest.source;

import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.api.DocumentBodies;
import io.dispatchline.ingest.publish.IngestMetrics;
import io.dispatchline.ingest.publish.PublishFailedException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The drop folder: files that appear in the inbox are ingested, then moved to {@code processed/},
 * or to {@code failed/} next to a {@code <name>.error.txt} saying why.
 *
 * <p>A file is taken only once its size and modification time are the same in two scans in a row,
 * so a file still being written is left alone; names starting with a dot or ending in {@code
 * .part}/{@code .tmp} are never taken (write as {@code x.txt.part}, then rename to {@code x.txt}).
 * When Kafka is unavailable the file stays in the inbox and is tried again at the next scan.
 *
 * <p>{@code .html}/{@code .htm} files are HTML, {@code .json} files the JSON form of {@code POST
 * /documents}, anything else text (UTF-8).
 */
@ApplicationScoped
public class DropFolder {

  static final String SOURCE_TYPE = "file";
  static final String PROCESSED = "processed";
  static final String FAILED = "failed";
  static final String ERROR_SUFFIX = ".error.txt";
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  // In larger batches each file is logged at DEBUG; progress and the summary at INFO.
  private static final int QUIET_ABOVE = 10;
  private static final Logger LOG = Logger.getLogger(DropFolder.class);

  private final DocumentIngestion ingestion;
  private final DocumentBodies bodies;
  private final IngestMetrics metrics;
  private final Optional<Path> inbox;
  private final Duration interval;
  private ScheduledExecutorService scanner;
  private Map<Path, Snapshot> lastScan = Map.of();

  private record Snapshot(long size, long modified) {}

  private enum Outcome {
    PROCESSED,
    FAILED,
    RETRY,
    GONE
  }

  public DropFolder(
      DocumentIngestion ingestion,
      DocumentBodies bodies,
      IngestMetrics metrics,
      @ConfigProperty(name = "dispatchline.inbox.dir") Optional<Path> inbox,
      @ConfigProperty(name = "dispatchline.inbox.scan-interval", defaultValue = "2s")
          Duration interval) {
    this.ingestion = ingestion;
    this.bodies = bodies;
    this.metrics = metrics;
    this.inbox = inbox.map(Path::toAbsolutePath);
    this.interval = interval;
  }

  void onStart(@Observes StartupEvent event) throws IOException {
    if (inbox.isEmpty()) {
      LOG.info("No drop folder configured (DISPATCHLINE_INBOX_DIR); the inbox is off");
      return;
    }
    Path dir = inbox.get();
    Files.createDirectories(dir.resolve(PROCESSED));
    Files.createDirectories(dir.resolve(FAILED));
    scanner = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "drop-folder"));
    scanner.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.infof(
        "Drop folder: %s (scanned every %d ms; done files go to %s/, rejected ones to %s/)",
        dir, interval.toMillis(), PROCESSED, FAILED);
  }

  void onStop(@Observes ShutdownEvent event) throws InterruptedException {
    if (scanner != null) {
      scanner.shutdownNow();
      scanner.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void scanSafely() {
    try {
      scan();
    } catch (Throwable e) { // never let one bad scan end the schedule
      LOG.errorf(e, "Drop folder scan of %s failed", inbox.orElse(null));
    }
  }

  void scan() throws IOException {
    Path dir = inbox.orElseThrow();
    Map<Path, Snapshot> now = new HashMap<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.filter(DropFolder::isCandidate).toList()) {
        snapshot(file).ifPresent(s -> now.put(file, s));
      }
    }
    List<Path> ready = new ArrayList<>();
    now.forEach(
        (file, snapshot) -> {
          if (snapshot.equals(lastScan.get(file))) {
            ready.add(file);
          }
        });
    lastScan = now;
    if (!ready.isEmpty()) {
      ready.sort(null);
      ingestAll(ready);
    }
  }

  private void ingestAll(List<Path> files) {
    int total = files.size();
    long start = System.nanoTime();
    long lastLog = start;
    int processed = 0;
    int failed = 0;
    int done = 0;
    if (total > 1) {
      LOG.infof("Drop folder: %d files to ingest", total);
    }
    for (Path file : files) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      Outcome outcome = ingestOne(file, total <= QUIET_ABOVE);
      if (outcome == Outcome.RETRY) {
        LOG.warnf(
            "Drop folder: Kafka unavailable; %d file(s) stay in the inbox and are tried again at"
                + " the next scan",
            total - done);
        return;
      }
      done++;
      if (outcome == Outcome.PROCESSED) {
        processed++;
      } else if (outcome == Outcome.FAILED) {
        failed++;
      }
      long tick = System.nanoTime();
      if (total > 1 && done < total && tick - lastLog >= PROGRESS_EVERY.toNanos()) {
        lastLog = tick;
        LOG.infof(
            "Drop folder: %d of %d files (%d%%), %.1f files/s",
            done, total, done * 100 / total, rate(done, start, tick));
      }
    }
    if (total > 1) {
      LOG.infof(
          "Drop folder: batch of %d done in %.1f s (%.1f files/s): %d processed, %d failed",
          total,
          (System.nanoTime() - start) / 1e9,
          rate(done, start, System.nanoTime()),
          processed,
          failed);
    }
  }

  private static double rate(int done, long start, long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    return done / seconds;
  }

  private Outcome ingestOne(Path file, boolean verbose) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > bodies.maxBytes()) {
        throw BadDocumentException.tooLarge(bodies.maxBytes());
      }
      byte[] content = Files.readAllBytes(file);
      IncomingDocument document =
          bodies.read(content, typeOf(name), SOURCE_TYPE, "inbox/" + name, null);
      IngestResult result = ingestion.ingest(document);
      Path target = moveTo(file, PROCESSED);
      LOG.logf(
          verbose ? Logger.Level.INFO : Logger.Level.DEBUG,
          "Drop folder: %s ingested as document %s (%d dispatches), moved to %s",
          name,
          result.documentId(),
          result.events().size(),
          inbox.get().relativize(target));
      return Outcome.PROCESSED;
    } catch (NoSuchFileException e) {
      return Outcome.GONE; // taken away between the scan and now
    } catch (PublishFailedException e) {
      LOG.warnf("Drop folder: %s not published (%s); it stays for a retry", name, e.getMessage());
      return Outcome.RETRY;
    } catch (BadDocumentException e) {
      metrics.rejected(SOURCE_TYPE, e.slug());
      return fail(file, e.title() + " (" + e.status() + ", " + e.slug() + ")", e.getMessage());
    } catch (IOException e) {
      LOG.warnf("Drop folder: cannot read %s (%s); trying again at the next scan", name, e);
      return Outcome.RETRY;
    } catch (RuntimeException e) {
      LOG.errorf(e, "Drop folder: %s could not be processed", name);
      metrics.rejected(SOURCE_TYPE, "internal");
      return fail(file, "Internal error", e.toString());
    }
  }

  private Outcome fail(Path file, String title, String detail) {
    String name = file.getFileName().toString();
    try {
      Path target = moveTo(file, FAILED);
      String report =
          name
              + " was not ingested: "
              + title
              + "\n"
              + detail
              + "\n"
              + "at "
              + Instant.now()
              + "\n";
      Files.writeString(
          target.resolveSibling(target.getFileName() + ERROR_SUFFIX),
          report,
          StandardCharsets.UTF_8);
      LOG.warnf(
          "Drop folder: %s rejected (%s: %s), moved to %s",
          name, title, detail, inbox.get().relativize(target));
      return Outcome.FAILED;
    } catch (NoSuchFileException e) {
      return Outcome.GONE;
    } catch (IOException e) {
      LOG.errorf("Drop folder: cannot move %s to %s/: %s", name, FAILED, e);
      return Outcome.RETRY;
    }
  }

  /** Moves the file into the sub-folder, under its own name unless that is taken. */
  private Path moveTo(Path file, String folder) throws IOException {
    Path dir = inbox.get().resolve(folder);
    String name = file.getFileName().toString();
    Path target = dir.resolve(name);
    for (int n = 1; Files.exists(target) || Files.exists(errorFileOf(target)); n++) {
      int dot = name.lastIndexOf('.');
      target =
          dot > 0
              ? dir.resolve(name.substring(0, dot) + "-" + n + name.substring(dot))
              : dir.resolve(name + "-" + n);
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Path errorFileOf(Path target) {
    return target.resolveSibling(target.getFileName() + ERROR_SUFFIX);
  }

  private static Optional<Snapshot> snapshot(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(new Snapshot(attributes.size(), attributes.lastModifiedTime().toMillis()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static boolean isCandidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && !name.endsWith(".part")
        && !name.endsWith(".tmp")
        && !name.endsWith("~")
        && Files.isRegularFile(file);
  }

  static MediaType typeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return MediaType.TEXT_HTML_TYPE;
    }
    if (lower.endsWith(".json")) {
      return MediaType.APPLICATION_JSON_TYPE;
    }
    return MediaType.TEXT_PLAIN_TYPE;
  }
}
