package io.dispatchline.ingest.source;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ingests every file of the seeds folder once at start-up. It runs off the start-up thread so that
 * HTTP and health come up while the broker is still being reached.
 */
@ApplicationScoped
public class SeedLoader {

  private static final Logger LOG = Logger.getLogger(SeedLoader.class);

  private final DocumentIngestion ingestion;
  private final Optional<Path> seedsDir;
  private final SeedStatus status;

  public SeedLoader(
      DocumentIngestion ingestion,
      SeedStatus status,
      @ConfigProperty(name = "dispatchline.seeds.dir") Optional<Path> seedsDir) {
    this.ingestion = ingestion;
    this.status = status;
    this.seedsDir = seedsDir;
  }

  void onStart(@Observes StartupEvent event) {
    if (seedsDir.isEmpty()) {
      LOG.info("No seeds folder configured (DISPATCHLINE_SEEDS_DIR); skipping seeds");
      status.finished(0, 0);
      return;
    }
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "seed-loader"));
    worker.execute(() -> loadAll(seedsDir.get()));
    worker.shutdown();
  }

  void loadAll(Path dir) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(Files::isRegularFile).filter(SeedLoader::isDocument).sorted().toList();
    } catch (IOException e) {
      LOG.errorf("Cannot read seeds folder %s: %s", dir.toAbsolutePath(), e.getMessage());
      status.failed("cannot read seeds folder " + dir.toAbsolutePath());
      return;
    }
    int dispatches = 0;
    int failed = 0;
    for (Path file : files) {
      try {
        IngestResult result = ingestion.ingest(read(file));
        dispatches += result.events().size();
        LOG.infof(
            "Seed %s: document %s, %d dispatches published",
            file.getFileName(), result.documentId(), result.events().size());
      } catch (IOException | RuntimeException e) {
        failed++;
        LOG.errorf("Seed %s not ingested: %s", file.getFileName(), e.getMessage());
      }
    }
    status.finished(files.size() - failed, dispatches);
    LOG.infof(
        "Seeds: %d of %d files ingested from %s, %d dispatches",
        files.size() - failed, files.size(), dir.toAbsolutePath(), dispatches);
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".");
  }

  static IncomingDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
    return new IncomingDocument(content, html, "file", "seeds/" + name, null);
  }
}
