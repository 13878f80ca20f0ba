package io.dispatchline.bench;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import io.dispatchline.local.PostgresDurability;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * The query section's corpus: {@code rows} generated dispatches in a PostgreSQL cluster of its own,
 * kept in a folder outside the repository ({@code --corpus-dir}, default {@code
 * ~/.cache/dispatchline-bench}) so that a 1M corpus is built once and reused by later runs. The
 * schema is query-service's own: the service is started on the empty database first (Flyway), and
 * again on every rerun (Flyway applies any newer migration to the kept rows).
 *
 * <p>A corpus counts as built when its marker file names the same row count and corpus version;
 * otherwise it is emptied and loaded again.
 */
final class CorpusStore implements AutoCloseable {

  /** Bump when {@link Corpus} or {@link #write} change what the rows are. */
  static final String VERSION = "1";

  private static final int CHUNK = 5000;

  private final LocalStack stack;
  private final int rows;
  private final Path marker;
  private double loadSeconds = Double.NaN;
  private boolean reused;

  private CorpusStore(LocalStack stack, int rows, Path marker) {
    this.stack = stack;
    this.rows = rows;
    this.marker = marker;
  }

  /** The corpus folder (the peer keeps its index here too). */
  Path dir() {
    return marker.getParent();
  }

  /** What the Lucene peer wrote about its index build ({@code lucene/built}). */
  String luceneNote() throws IOException {
    Path built = dir().resolve("lucene").resolve("built");
    return Files.isRegularFile(built)
        ? "index built once in "
            + Files.readString(built).strip().replaceFirst("^\\d+ documents, ", "")
        : "index not built";
  }

  /** Starts the corpus cluster for {@code rows} under {@code dir} (Kafka and PostgreSQL). */
  static CorpusStore open(Path dir, int rows) throws IOException {
    Path data = dir.resolve("corpus-" + rows);
    Files.createDirectories(data);
    // Read-only work: the cluster does not need fsync (the corpus can always be rebuilt).
    LocalStack stack =
        LocalStack.start(
            new LocalStackConfig(
                Service.freePort(),
                Service.freePort(),
                data.resolve("stack"),
                false,
                PostgresDurability.FAST_UNSAFE_FOR_TESTS));
    return new CorpusStore(stack, rows, data.resolve("corpus.properties"));
  }

  LocalStack stack() {
    return stack;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
  }

  /** True if the kept rows are this corpus (same size and version). */
  boolean built() throws IOException, SQLException {
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(marker)) {
      p.load(in);
    }
    if (!VERSION.equals(p.getProperty("version"))
        || !Integer.toString(rows).equals(p.getProperty("rows"))) {
      return false;
    }
    try (Connection c = connect()) {
      return Schemas.count(c, "public") == rows;
    }
  }

  /**
   * Loads the corpus into the (migrated, emptied) schema: secondary indexes are dropped first and
   * built again after the COPY (a bulk GIN build is several times faster than filling it row by
   * row), two connections COPY at once, then VACUUM ANALYZE. Returns rows/s.
   */
  double load() throws Exception {
    Files.deleteIfExists(marker);
    // a peer index of other rows goes with them
    Path lucene = dir().resolve("lucene");
    if (Files.isDirectory(lucene)) {
      try (var files = Files.walk(lucene)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    long t0 = System.nanoTime();
    List<String> indexes;
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      Schemas.truncate(c, "public");
      indexes = secondaryIndexes(c);
      for (String name : indexNames(c)) {
        st.execute("DROP INDEX " + name);
      }
    }
    BlockingQueue<String[]> chunks = new ArrayBlockingQueue<>(4);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    String[] end = new String[0];
    for (int w = 0; w < 2; w++) {
      done.add(
          writers.submit(
              () -> {
                try (Connection c = connect()) {
                  var copy = c.unwrap(PGConnection.class).getCopyAPI();
                  for (String[] chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                    copy.copyIn(
                        "COPY documents (" + Rows.DOCUMENT_COLUMNS + ") FROM STDIN",
                        new StringReader(chunk[0]));
                    copy.copyIn(
                        "COPY dispatches (" + Rows.DISPATCH_COLUMNS + ") FROM STDIN",
                        new StringReader(chunk[1]));
                    copy.copyIn(
                        "COPY dispatch_mentions (" + Rows.MENTION_COLUMNS + ") FROM STDIN",
                        new StringReader(chunk[2]));
                  }
                }
                return null;
              }));
    }
    Corpus corpus = new Corpus(99);
    try {
      for (int from = 0; from < rows; from += CHUNK) {
        chunks.put(write(corpus, from, Math.min(rows, from + CHUNK)));
        if (from % 100_000 == 0 && from > 0) {
          log(String.format(Locale.ROOT, "  %d rows generated", from));
        }
      }
    } finally {
      chunks.put(end);
      chunks.put(end);
      writers.shutdown();
    }
    for (Future<?> f : done) {
      f.get();
    }
    log("  rows copied; building the indexes again");
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute("SET maintenance_work_mem = '1GB'");
      for (String index : indexes) {
        st.execute(index);
      }
      st.execute("VACUUM (ANALYZE) dispatches");
      st.execute("VACUUM (ANALYZE) dispatch_mentions");
      st.execute("ANALYZE documents");
    }
    loadSeconds = (System.nanoTime() - t0) / 1e9;
    Properties p = new Properties();
    p.setProperty("version", VERSION);
    p.setProperty("rows", Integer.toString(rows));
    p.setProperty("built", Instant.now().toString());
    p.setProperty("seconds", String.format(Locale.ROOT, "%.0f", loadSeconds));
    try (var out = Files.newOutputStream(marker)) {
      p.store(out, "dispatchline benchmark corpus");
    }
    return rows / loadSeconds;
  }

  /** Seconds the last build took: from this run, or as recorded when the corpus was built. */
  double buildSeconds() throws IOException {
    if (!Double.isNaN(loadSeconds)) {
      return loadSeconds;
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(marker)) {
      p.load(in);
    }
    return Double.parseDouble(p.getProperty("seconds", "NaN"));
  }

  boolean reused() {
    return reused;
  }

  void markReused() {
    reused = true;
  }

  /** Rows {@code from} (inclusive) to {@code to} as COPY text: documents, dispatches, mentions. */
  static String[] write(Corpus corpus, int from, int to) {
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    StringBuilder docs = new StringBuilder();
    StringBuilder dispatches = new StringBuilder();
    StringBuilder mentions = new StringBuilder();
    for (int n = from; n < to; n++) {
      String doc = "qdoc" + (n / 10);
      String ingested = base.plusSeconds(n / 10).toString();
      if (n % 10 == 0) {
        docs.append(doc).append("\tbench\tquery-bench\t").append(ingested).append('\n');
      }
      Corpus.Item item = corpus.next("");
      LocalDate date = item.date();
      String place = item.place().charAt(0) + item.place().substring(1).toLowerCase(Locale.ROOT);
      dispatches.append(
          String.join(
              "\t",
              "q" + n,
              doc,
              Integer.toString(n % 10),
              "dispatch",
              item.headline().strip(),
              item.place(),
              item.agency(),
              item.place() + " (" + item.agency() + ") --",
              date.toString(),
              date.toString(),
              item.body().replace("\n", "\\n"),
              Integer.toString(item.words()),
              "en",
              "bench",
              "query-bench",
              ingested,
              "h" + n));
      dispatches.append('\n');
      mentions.append("q").append(n).append("\t0\t").append(place).append("\tplace\n");
    }
    return new String[] {docs.toString(), dispatches.toString(), mentions.toString()};
  }

  /** CREATE INDEX statements of the tables' indexes that no constraint owns. */
  private static List<String> secondaryIndexes(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : secondary(c).entrySet()) {
      out.add(e.getValue());
    }
    return out;
  }

  private static List<String> indexNames(Connection c) throws SQLException {
    return new ArrayList<>(secondary(c).keySet());
  }

  private static Map<String, String> secondary(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = 'public'"
                    + " AND i.tablename IN ('dispatches', 'dispatch_mentions')"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                    + " WHERE k.conname = i.indexname)")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  @Override
  public void close() {
    stack.close();
  }

  private static void log(String message) {
    System.out.println("bench: " + message);
  }
}
