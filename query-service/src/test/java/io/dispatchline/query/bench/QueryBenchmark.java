package io.dispatchline.query.bench;

import io.dispatchline.local.LocalStack;
import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchSql;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.SortOrder;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;

/**
 * {@code GET /dispatches?q=…} over HTTP against the packaged query-service, next to the same SQL
 * (page + mentions, built by {@link DispatchSql}) run directly through JDBC, over 100k generated
 * dispatches, in one run: at saturation (closed loop, N workers) and at a fixed rate (open loop,
 * latency measured from the intended start, so queueing counts). Not a test: run it with {@code
 * query-service/bench/run} (see docs/api.md).
 *
 * <p>System properties: bench.rows (100000), bench.seconds per phase (20), bench.concurrency (8),
 * bench.rate (fixed rate in req/s; default: half the HTTP saturation throughput), bench.jar.
 */
public final class QueryBenchmark {

  static final List<String> QUERIES =
      List.of(
          "trade",
          "inflation budget",
          "\"trade talks\"",
          "flood OR drought",
          "election -protest",
          "lithium mining",
          "summit",
          "nuclear energy",
          "wheat harvest",
          "satellite rocket");

  private interface Op {
    boolean run(int i) throws Exception;
  }

  record Result(
      String path,
      String sort,
      String mode,
      double rate,
      double throughput,
      Histogram h,
      long errors) {
    String line() {
      return String.format(
          "| %-4s | %-9s | %-18s | %9.1f | %7.2f | %7.2f | %7.2f | %7.2f | %d |",
          path,
          sort,
          mode,
          throughput,
          ms(h.getValueAtPercentile(50)),
          ms(h.getValueAtPercentile(99)),
          ms(h.getValueAtPercentile(99.9)),
          ms(h.getMaxValue()),
          errors);
    }

    private static double ms(long micros) {
      return micros / 1000.0;
    }
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    int concurrency = Integer.getInteger("bench.concurrency", 8);
    Path jar =
        Path.of(
            System.getProperty("bench.jar", "query-service/target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build query-service first (see query-service/bench/run)");
    }
    log("starting the local stack (Kafka + PostgreSQL)");
    try (LocalStack stack = LocalStack.startOrExternal()) {
      int port = freePort();
      Path serviceLog = Path.of("query-service/target/bench-query-service.log");
      log("starting " + jar + " on port " + port + " (log: " + serviceLog + ")");
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar.toString())
              .redirectErrorStream(true)
              .redirectOutput(serviceLog.toFile());
      Map<String, String> env = pb.environment();
      env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
      env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
      env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl());
      env.put("QUARKUS_DATASOURCE_USERNAME", stack.username());
      env.put("QUARKUS_DATASOURCE_PASSWORD", stack.password());
      env.remove("DISPATCHLINE_READ_TOKEN");
      Process service = pb.start();
      try {
        String base = "http://127.0.0.1:" + port;
        HttpClient http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        waitForService(http, base, service);
        try (Connection c = connect(stack)) {
          load(c, rows);
        }
        // as many connections as the service's pool (DISPATCHLINE_DB_POOL_SIZE, default 16)
        java.util.concurrent.BlockingQueue<Connection> jdbcPool =
            new java.util.concurrent.LinkedBlockingQueue<>();
        for (int k = 0; k < 16; k++) {
          jdbcPool.add(connect(stack));
        }
        List<Result> results = new ArrayList<>();
        for (SortOrder sort : List.of(SortOrder.DATE, SortOrder.RELEVANCE)) {
          String sortParam = sort == SortOrder.DATE ? "" : "&sort=relevance";
          Op httpOp =
              i -> {
                String q = QUERIES.get(Math.floorMod(i, QUERIES.size()));
                HttpRequest r =
                    HttpRequest.newBuilder(
                            URI.create(
                                base
                                    + "/dispatches?q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)
                                    + sortParam))
                        .timeout(Duration.ofSeconds(30))
                        .build();
                HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                return resp.statusCode() == 200;
              };
          Op jdbcOp =
              i -> {
                String q = QUERIES.get(Math.floorMod(i, QUERIES.size()));
                SearchFilter f = new SearchFilter(q, null, null, null, null, null, null, null);
                // the same statements the service runs for a page: 20 items + 1 to see if more
                // follow
                Connection c = jdbcPool.take();
                try {
                  return DispatchReader.rows(c, DispatchSql.page(f, sort, null, 21)) != null;
                } finally {
                  jdbcPool.put(c);
                }
              };
          String s = sort.name().toLowerCase();
          log("warming up (" + s + ")");
          saturate(jdbcOp, concurrency, Duration.ofSeconds(10));
          saturate(httpOp, concurrency, Duration.ofSeconds(10));
          log(
              "saturation, "
                  + concurrency
                  + " workers, "
                  + phase.toSeconds()
                  + " s each ("
                  + s
                  + ")");
          // both warmed up above; JDBC measured first, so HTTP never runs on a colder cache
          Result satJdbc =
              saturate(jdbcOp, concurrency, phase).as("JDBC", s, "saturation c=" + concurrency);
          Result satHttp =
              saturate(httpOp, concurrency, phase).as("HTTP", s, "saturation c=" + concurrency);
          double rate =
              Double.parseDouble(
                  System.getProperty(
                      "bench.rate",
                      Double.toString(Math.max(1, Math.floor(satHttp.throughput() / 2)))));
          log("fixed rate " + rate + " req/s (" + s + ")");
          Result fixHttp =
              fixedRate(httpOp, rate, phase).as("HTTP", s, "fixed " + (int) rate + "/s");
          Result fixJdbc =
              fixedRate(jdbcOp, rate, phase).as("JDBC", s, "fixed " + (int) rate + "/s");
          results.addAll(List.of(fixHttp, fixJdbc, satHttp, satJdbc));
        }
        String report = report(rows, concurrency, phase, results);
        System.out.println(report);
        Path out = Path.of("query-service/target/query-benchmark.md");
        Files.writeString(out, report);
        log("written to " + out);
      } finally {
        service.destroy();
        if (!service.waitFor(20, TimeUnit.SECONDS)) {
          service.destroyForcibly();
        }
      }
    }
  }

  private static String report(int rows, int concurrency, Duration phase, List<Result> results)
      throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse(System.getProperty("os.arch"));
    StringBuilder s = new StringBuilder();
    s.append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs (")
        .append(cpu)
        .append("), ")
        .append(System.getProperty("os.name"))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append("; PostgreSQL, query-service and the load")
        .append(" generator on the same machine. ")
        .append(rows)
        .append(" dispatches, ")
        .append(phase.toSeconds())
        .append(" s per phase, ")
        .append(Instant.now())
        .append("\n\n");
    s.append("| path | sort | mode | req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |\n");
    s.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    results.forEach(r -> s.append(r.line()).append('\n'));
    return s.toString();
  }

  private static void log(String s) {
    System.out.println("bench: " + s);
  }

  private static Connection connect(LocalStack stack) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void waitForService(HttpClient http, String base, Process service)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new IllegalStateException(
            "query-service exited; see query-service/target/bench-query-service.log");
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/dispatches?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("query-service did not answer within 180 s");
  }

  // ---- loading -------------------------------------------------------------------------------

  private static void load(Connection c, int rows) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM dispatches WHERE id LIKE 'bench%'")) {
      rs.next();
      if (rs.getLong(1) >= rows) {
        log(rs.getLong(1) + " generated dispatches already stored");
        return;
      }
    }
    log("loading " + rows + " generated dispatches with COPY");
    long t0 = System.nanoTime();
    CorpusGenerator gen = new CorpusGenerator(42);
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    long bytes = 0;
    for (int from = 0; from < rows; from += 5000) {
      StringBuilder docs = new StringBuilder();
      StringBuilder dispatches = new StringBuilder();
      StringBuilder mentions = new StringBuilder();
      for (int n = from; n < Math.min(rows, from + 5000); n++) {
        String doc = "benchdoc" + (n / 10);
        String ingested = base.plusMillis(n / 10 * 1000L).toString();
        if (n % 10 == 0) {
          docs.append(doc).append("\tfile\tbench\t").append(ingested).append('\n');
        }
        CorpusGenerator.Row r = gen.row(n, doc, n % 10);
        bytes += r.body().length();
        dispatches
            .append(r.id())
            .append('\t')
            .append(doc)
            .append('\t')
            .append(r.sequence())
            .append('\t')
            .append(n % 12 == 0 ? "article" : "dispatch")
            .append('\t')
            .append(esc(r.headline()))
            .append('\t')
            .append(r.located())
            .append('\t')
            .append(r.agency())
            .append('\t')
            .append(esc(r.dateline()))
            .append('\t')
            .append(r.date() == null ? "\\N" : r.date().toString())
            .append('\t')
            .append(r.date() == null ? "\\N" : r.date().toString())
            .append('\t')
            .append(esc(r.body()))
            .append('\t')
            .append(r.words())
            .append("\ten\tfile\tbench\t")
            .append(ingested)
            .append("\tbench-")
            .append(n)
            .append('\n');
        for (int m = 0; m < r.mentions().size(); m++) {
          mentions
              .append(r.id())
              .append('\t')
              .append(m)
              .append('\t')
              .append(r.mentions().get(m))
              .append('\n');
        }
      }
      copy.copyIn(
          "COPY documents (id, source_type, source_name, ingested_at) FROM STDIN",
          new StringReader(docs.toString()));
      copy.copyIn(
          "COPY dispatches (id, document_id, sequence, kind, headline, located, agency,"
              + " dateline_text, date_text, dispatch_date, body, word_count, language, source_type,"
              + " source_name, ingested_at, content_hash) FROM STDIN",
          new StringReader(dispatches.toString()));
      copy.copyIn(
          "COPY dispatch_mentions (dispatch_id, position, name, type) FROM STDIN",
          new StringReader(mentions.toString()));
      log("  " + Math.min(rows, from + 5000) + " rows");
    }
    try (Statement st = c.createStatement()) {
      st.execute("VACUUM (ANALYZE) dispatches");
      st.execute("VACUUM (ANALYZE) dispatch_mentions");
      st.execute("ANALYZE documents");
    }
    log(
        String.format(
            "loaded %d dispatches (average body %d bytes) in %.1f s",
            rows, bytes / rows, (System.nanoTime() - t0) / 1e9));
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
  }

  // ---- load generation -----------------------------------------------------------------------

  /** Raw figures of a phase; {@link #as} names them. */
  record Run(double rate, double throughput, Histogram h, long errors) {
    Result as(String path, String sort, String mode) {
      return new Result(path, sort, mode, rate, throughput, h, errors);
    }
  }

  /** Closed loop: {@code workers} threads, each sending the next request when one answers. */
  private static Run saturate(Op op, int workers, Duration duration) throws Exception {
    ConcurrentHistogram h = new ConcurrentHistogram(60_000_000L, 3);
    AtomicLong errors = new AtomicLong();
    AtomicLong counter = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long t0 = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      pool.submit(
          () -> {
            while (!stop.get()) {
              long start = System.nanoTime();
              boolean ok;
              try {
                ok = op.run((int) counter.getAndIncrement());
              } catch (Exception e) {
                ok = false;
              }
              h.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
              if (!ok) {
                errors.incrementAndGet();
              }
            }
          });
    }
    Thread.sleep(duration.toMillis());
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(0, h.getTotalCount() / seconds, h, errors.get());
  }

  /**
   * Open loop at {@code rate} req/s: request i is due at t0 + i/rate and its latency counts from
   * then, so time spent waiting for a free worker is part of it (no coordinated omission).
   */
  private static Run fixedRate(Op op, double rate, Duration duration) throws Exception {
    ConcurrentHistogram h = new ConcurrentHistogram(600_000_000L, 3);
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    long periodNanos = (long) (1e9 / rate);
    long t0 = System.nanoTime();
    long total = (long) (rate * duration.toSeconds());
    for (long i = 0; i < total; i++) {
      long due = t0 + i * periodNanos;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      int n = (int) i;
      pool.submit(
          () -> {
            boolean ok;
            try {
              ok = op.run(n);
            } catch (Exception e) {
              ok = false;
            }
            h.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
            if (!ok) {
              errors.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(rate, h.getTotalCount() / seconds, h, errors.get());
  }
}
