package io.dispatchline.bench;

import io.dispatchline.local.LocalStack;
import io.dispatchline.local.LocalStackConfig;
import io.dispatchline.query.store.SearchPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The benchmark: starts the local stack, runs both services (and Kafka Connect) as processes, and
 * writes one markdown report in which every figure stands next to a baseline measured in the same
 * run. Run it with {@code deploy/bench/run}; see docs/benchmarks.md.
 *
 * <p>Arguments: {@code --size full|tiny} (default full), {@code --out <file>} (default
 * deploy/bench/target/benchmark-report.md), {@code --skip splitter,baseline,scaling,query} (leave
 * sections out, for working on the others), {@code --only-query} (section 4 alone), {@code
 * --query-rows 100000,1000000} (section 4's corpus sizes), {@code --corpus-dir <dir>} (where the
 * corpora and the Lucene peer's indexes are kept, default {@code ~/.cache/dispatchline-bench} or
 * {@code $DISPATCHLINE_BENCH_CORPUS}), {@code --prepare-corpus} (build them and stop).
 */
public final class Bench {

  private static final String TOKEN = "bench-token";
  // Uploaders at once: many sources post pages concurrently (ingest-service groups the documents
  // that wait for a transaction into one, so the rate depends on it; the report says how many).
  private static final int E2E_CLIENTS = 16;

  private final Size size;
  private final Set<String> skip;
  private final Options options;
  private final Path workDir;
  private final Report report = new Report("Dispatchline benchmark report");
  private final Map<String, Double> startSeconds = new HashMap<>();
  private final Map<String, Double> rssMb = new HashMap<>();
  private LocalStack stack;
  private Topics topics;
  private Connection db;
  private Rows rows;
  private double e2eRate;
  private double baselineRate;
  private String baselineName;
  private StoreRun.Result store1;

  /**
   * What the query section runs on: its corpus sizes, where corpora are kept, and whether only the
   * query section runs.
   */
  record Options(List<Integer> queryRows, Path corpusDir, boolean onlyQuery, boolean prepare) {}

  Bench(Size size, Path workDir, Set<String> skip, Options options) {
    this.size = size;
    this.workDir = workDir;
    this.skip = skip;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Size size = Size.FULL;
    Set<String> skip = Set.of();
    Path out = Repo.root().resolve("deploy/bench/target/benchmark-report.md");
    String rowsArg = null;
    boolean onlyQuery = false;
    boolean prepare = false;
    String home = System.getenv("DISPATCHLINE_BENCH_CORPUS");
    Path corpusDir =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".cache", "dispatchline-bench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = Size.named(args[++i]);
        case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
        case "--skip" -> skip = Set.of(args[++i].split(","));
        case "--query-rows" -> rowsArg = args[++i];
        case "--corpus-dir" -> corpusDir = Path.of(args[++i]);
        case "--only-query" -> onlyQuery = true;
        case "--prepare-corpus" -> prepare = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Integer> queryRows =
        rowsArg == null
            ? size.queryRows()
            : java.util.Arrays.stream(rowsArg.split(",")).map(Integer::valueOf).toList();
    Path work = Repo.root().resolve("deploy/bench/target/bench-" + size.name());
    // Stopped half-way (Ctrl-C, kill): the services and Connect it started go with it.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    new Bench(
            size,
            work,
            skip,
            new Options(queryRows, corpusDir.toAbsolutePath(), onlyQuery, prepare))
        .run(out);
    System.exit(0);
  }

  /** Runs every section and writes the report to {@code out}. */
  void run(Path out) throws Exception {
    long t0 = System.nanoTime();
    Files.createDirectories(workDir);
    if (options.prepare()) {
      for (int rows : options.queryRows()) {
        querySection(rows, "4");
      }
      return;
    }
    if (options.onlyQuery()) {
      query();
      writeReport(out, t0);
      return;
    }
    if (!skip.contains("splitter")) {
      splitter();
    }
    log("starting the local stack");
    long s0 = System.nanoTime();
    try (LocalStack started = LocalStack.start(LocalStackConfig.forTests())) {
      stack = started;
      startSeconds.put("local stack (Kafka + PostgreSQL)", (System.nanoTime() - s0) / 1e9);
      topics = new Topics(stack.kafkaBootstrapServers());
      try (Connection c =
          DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password())) {
        db = c;
        endToEnd();
        if (!skip.contains("baseline")) {
          baseline();
        }
        List<ConsumerRecord<byte[], byte[]>> records =
            topics.read("dispatches", Math.min(size.storeRecords(), rows.size()));
        storeAndPeer(records);
        if (!skip.contains("scaling")) {
          scaling(records);
        }
        if (!skip.contains("query")) {
          query();
        }
        footprint();
      }
    }
    writeReport(out, t0);
  }

  private void writeReport(Path out, long t0) throws Exception {
    String header =
        String.format(
            Locale.ROOT,
            "Run %s, size `%s`, %.1f minutes. Machine: %s. Command: `deploy/bench/run`%s."
                + " Every ratio compares figures measured in this run.",
            Instant.now(),
            size.name(),
            (System.nanoTime() - t0) / 60e9,
            Machine.describe(),
            size == Size.FULL ? "" : " --size " + size.name());
    report.write(out, header);
    log("report written to " + out);
  }

  // ---- 3. splitter (first: alone on a quiet machine) -------------------------------------------

  private void splitter() throws Exception {
    log("splitter benchmark (one core)");
    SplitterRun.Result r =
        SplitterRun.run(size.splitterInputs(), size.splitterQuick(), size.splitterHeap(), workDir);
    report.section("3. Splitter: MB/s on one core");
    report.text(
        "ingest-service's `SplitterBenchmark` (test sources, unchanged) in its own JVM, pinned"
            + " to one core with `taskset -c 1` and the serial collector (full size: 4 warm-up"
            + " runs, median of 7; tiny: `--quick`). Wall MB/s is what the split got on the shared core; CPU MB/s"
            + " divides by the thread's CPU time plus GC, i.e. what the splitter costs.");
    report.table("input", "size MB", "wall MB/s", "CPU MB/s");
    for (SplitterRun.Input i : r.inputs()) {
      report.row(i.name(), i.mb(), i.wallMbPerSecond(), i.cpuMbPerSecond());
    }
    report.endTable();
    SplitterRun.Input first = r.inputs().get(0);
    report.text(
        "The seed page repeated to the input size: realistic wire copy. Only the 100 MB input"
            + " runs in the full benchmark: with the JIT compiling on the same pinned core, the"
            + " first input of a run is still partly interpreted while it is timed, so a 10 MB"
            + " figure and the 100 MB / 10 MB linearity are measured by `SplitterBenchmark` on"
            + " its own (docs/splitter.md), not here. No plain-code baseline exists for a split;"
            + " the reference is the splitter's last recorded figure, 61–100 MB/s.");
    report.ratio(
        "splitter, " + first.name() + ", CPU MB/s on one core / docs/splitter.md's 61 MB/s",
        Report.num(first.cpuMbPerSecond())
            + " MB/s (wall "
            + Report.num(first.wallMbPerSecond())
            + ")",
        "61 MB/s (recorded)",
        first.cpuMbPerSecond() / 61,
        "none set by this issue",
        null);
  }

  // ---- 1. end to end ---------------------------------------------------------------------------

  private void endToEnd() throws Exception {
    topics.create("dispatches", 1);
    Map<String, String> env = new HashMap<>(Service.stackEnv(stack));
    env.put("DISPATCHLINE_CONSUMER_GROUP", "bench-e2e");
    log("starting query-service and ingest-service");
    try (Service query = Service.start("query-service", "query-service", env, workDir);
        Service ingest = Service.start("ingest-service", "ingest-service", ingestEnv(), workDir)) {
      startSeconds.put("query-service", query.startSeconds());
      startSeconds.put("ingest-service", ingest.startSeconds());
      Corpus corpus = new Corpus(1);
      Random counts = new Random(2);
      AtomicInteger made = new AtomicInteger();
      AtomicLong bytes = new AtomicLong();
      Supplier<String> documents =
          () -> {
            synchronized (corpus) {
              String text = corpus.document("e" + made.getAndIncrement(), 3 + counts.nextInt(6));
              bytes.addAndGet(text.length());
              return text;
            }
          };
      log("end to end: posting documents for " + size.e2eSeconds() + " s");
      IngestLoad load = new IngestLoad(ingest.baseUrl(), TOKEN);
      CpuUse cpu =
          new CpuUse()
              .process(
                  "load generator (this JVM: 16 clients, polling PostgreSQL)",
                  List.of(ProcessHandle.current().pid()))
              .process("ingest-service", List.of(ingest.pid()))
              .process("Kafka broker (stack JVM)", Proc.descendantsRunning("LocalStackMain"))
              .process("query-service", List.of(query.pid()))
              .postgres("PostgreSQL (all processes)", stack.dataDir())
              .start();
      IngestLoad.Throughput t = load.saturate(documents, size.e2eSeconds(), E2E_CLIENTS, db);
      Map<String, Double> cpuSeconds = cpu.secondsSinceStart();
      e2eRate = t.rate();
      double transactions = ingest.metric("dispatchline_ingest_publish_documents_count");
      double documentsPerTransaction =
          ingest.metric("dispatchline_ingest_publish_documents_sum") / transactions;
      log(
          String.format(
              Locale.ROOT,
              "end to end: %d dispatches, %.0f/s (accepted %.0f/s)",
              t.dispatches(),
              e2eRate,
              t.acceptRate()));
      rows = Rows.read(db, "public", size.storeRecords());
      rssMb.put("query-service", Proc.rssMb(query.pid()));
      rssMb.put("ingest-service", Proc.rssMb(ingest.pid()));
      rssMb.put(
          "local stack: Kafka + stack JVM", Proc.rssMb(Proc.descendantsRunning("LocalStackMain")));
      rssMb.put(
          "local stack: PostgreSQL (all processes)",
          Proc.rssMb(Proc.postgresUnder(stack.dataDir())));

      double perDocument = (double) t.dispatches() / t.documents();
      double documentsPerSecond = 0.5 * e2eRate / perDocument;
      List<String> paced = new ArrayList<>();
      int pacedCount = Math.max(4, (int) (documentsPerSecond * size.latencySeconds()));
      for (int i = 0; i < pacedCount; i++) {
        paced.add(corpus.document("l" + i, 3 + counts.nextInt(6)));
      }
      log(String.format(Locale.ROOT, "latency at 50%%: %.1f documents/s", documentsPerSecond));
      Histogram latency = load.latency(paced, documentsPerSecond, db);

      report.section("1. End to end: ingest-service → Kafka → query-service → PostgreSQL");
      report.text(
          String.format(
              Locale.ROOT,
              "Generated pages (%d in %.0f s, %.1f MB of text, %.1f dispatches each on average,"
                  + " bodies of 1–5 KB) posted to `POST /documents` by %d clients as fast as"
                  + " ingest-service takes them (it splits each page and publishes its dispatches in one Kafka"
                  + " transaction, which pages arriving together share: group commit); query-service"
                  + " consumes them into PostgreSQL. The rate counts"
                  + " from the first POST until the last dispatch is queryable (its row"
                  + " committed). Then pages are posted at a fixed rate of 50%% of that (%.1f"
                  + " pages/s, open loop, %d pages) and each dispatch's latency is measured from"
                  + " the moment its page was due to be posted until its row is visible (polled"
                  + " every 10 ms).",
              t.documents(),
              t.acceptSeconds(),
              bytes.get() / 1048576.0,
              perDocument,
              E2E_CLIENTS,
              documentsPerSecond,
              paced.size()));
      report.table("figure", "value");
      report.row("dispatches", t.dispatches());
      report.row("all accepted by ingest-service after (s)", t.acceptSeconds());
      report.row("ingest-service accept rate (dispatches/s)", t.acceptRate());
      report.row("Kafka transactions (group commit)", transactions);
      report.row("documents per transaction, mean", documentsPerTransaction);
      report.row("all queryable after (s)", t.queryableSeconds());
      report.row("**end-to-end rate (dispatches/s until all queryable)**", e2eRate);
      report.row("latency at 50% rate, p50 (ms)", latency.getValueAtPercentile(50) / 1000.0);
      report.row("latency at 50% rate, p99 (ms)", latency.getValueAtPercentile(99) / 1000.0);
      report.row("latency at 50% rate, max (ms)", latency.getMaxValue() / 1000.0);
      report.endTable();
      cpuTable(cpuSeconds, t);
    }
  }

  /**
   * Where the CPU went during the saturated run. On a machine this small every process of the
   * pipeline shares the same cores, so the rate is bounded by the cores divided by the total CPU
   * per dispatch, while the plain-JDBC baseline gives PostgreSQL all of them.
   */
  private void cpuTable(Map<String, Double> cpuSeconds, IngestLoad.Throughput t) {
    double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    double cores = Runtime.getRuntime().availableProcessors();
    report.text(
        String.format(
            Locale.ROOT,
            "CPU used by each part from the first POST until the last dispatch was queryable"
                + " (user + system time from /proc), per 1000 dispatches. The machine offered"
                + " %.0f cores × %.1f s = %.0f CPU seconds; the parts used %.0f (%.0f %%).",
            cores,
            t.queryableSeconds(),
            cores * t.queryableSeconds(),
            total,
            100 * total / (cores * t.queryableSeconds())));
    report.table("part", "CPU ms / 1000 dispatches", "share");
    cpuSeconds.forEach(
        (part, seconds) ->
            report.row(
                part,
                1e6 * seconds / t.dispatches(),
                String.format(Locale.ROOT, "%.0f %%", 100 * seconds / total)));
    report.row("**all parts**", 1e6 * total / t.dispatches(), "100 %");
    report.endTable();
  }

  private Map<String, String> ingestEnv() {
    Map<String, String> env = new HashMap<>(Service.stackEnv(stack));
    env.put("INGEST_TOKEN", TOKEN);
    env.put("DISPATCHLINE_DOCUMENTS_TOPIC_ENABLED", "false");
    return env;
  }

  // ---- the plain-JDBC baseline ---------------------------------------------------------------

  private void baseline() throws Exception {
    JdbcBaseline loader = new JdbcBaseline(stack);
    report.section("1a. Baseline: the same rows straight into the same schema (plain JDBC)");
    report.text(
        "The first rows query-service stored in the end-to-end run (the same dispatches the"
            + " store stage replays in section 2, with their mentions and documents), read back and loaded into a fresh schema built by query-service's own"
            + " Flyway migrations: generated `tsvector` column with its GIN index, the"
            + " store-sequence trigger, every B-tree index. 500 rows per transaction. No JSON, no"
            + " Kafka, no validation: PostgreSQL's own limit here.");
    report.table("loader", "connections", "rows/s", "PostgreSQL CPU ms / 1000 rows");
    baselineRate = 0;
    for (JdbcBaseline.Method method : JdbcBaseline.Method.values()) {
      for (int connections = 1; connections <= 2; connections++) {
        log("baseline " + method + " x" + connections);
        CpuUse cpu = new CpuUse().postgres("PostgreSQL", stack.dataDir()).start();
        double rate = loader.load(rows, method, connections);
        double postgresMsPerK = 1e6 * cpu.secondsSinceStart().get("PostgreSQL") / rows.size();
        log(String.format(Locale.ROOT, "  %.0f rows/s", rate));
        String name = method.name().toLowerCase().replace('_', ' ') + ", " + connections + " conn.";
        report.row(
            method.name().toLowerCase().replace('_', ' '), connections, rate, postgresMsPerK);
        if (rate > baselineRate) {
          baselineRate = rate;
          baselineName = name;
        }
      }
    }
    report.endTable();
    // one dispatches table in the database again: the peer's sink resolves tables by name
    Schemas.drop(db, JdbcBaseline.SCHEMA);
    report.text(
        String.format(
            Locale.ROOT,
            "%d rows. Fastest: %s, %.0f rows/s. End to end / fastest baseline: **%.2f** (target ≥ 0.9).",
            rows.size(),
            baselineName,
            baselineRate,
            e2eRate / baselineRate));
    report.ratio(
        "end-to-end rate / fastest plain-JDBC load",
        Report.num(e2eRate) + " /s",
        Report.num(baselineRate) + " /s (" + baselineName + ")",
        e2eRate / baselineRate,
        "≥ 0.9",
        e2eRate / baselineRate >= 0.9);
  }

  // ---- store stage and 2. the peer ----------------------------------------------------------

  private void storeAndPeer(List<ConsumerRecord<byte[], byte[]>> records) throws Exception {
    log("store stage: query-service, 1 partition");
    store1 = storeWithQueryService(records, "store-p1", 1, 1);
    log(String.format(Locale.ROOT, "  %.0f rows/s", store1.rate()));
    log("peer: Kafka Connect + Debezium JDBC sink");
    Schemas.truncate(db, ConnectPeer.SCHEMA);
    StoreRun.Result peer;
    topics.create("peer", 1);
    try (ConnectPeer connect = ConnectPeer.start(stack, "peer", workDir.resolve("connect"))) {
      startSeconds.put("Kafka Connect + JDBC sink (task running)", connect.startSeconds());
      topics.awaitGroup("connect-" + ConnectPeer.CONNECTOR, 1);
      peer =
          StoreRun.run(
              topics,
              records,
              "peer",
              db,
              ConnectPeer.SCHEMA,
              List.of(connect.pid()),
              stack.dataDir());
      rssMb.put("Kafka Connect + JDBC sink", Proc.rssMb(connect.pid()));
      log(String.format(Locale.ROOT, "  %.0f rows/s", peer.rate()));
    }
    report.section("2. Store stage and the peer: Kafka Connect + Debezium JDBC sink");
    report.text(
        String.format(
            Locale.ROOT,
            "The first %d records ingest-service published (same keys, values and headers) are"
                + " put on a fresh topic as fast as Kafka takes them while the consumer is"
                + " already running; the rate counts from the first record sent until every row"
                + " is stored. **query-service** (1 instance, 1 partition) reads each value,"
                + " parses it, validates it against the contract's JSON Schema, and upserts the"
                + " batch (≤ 500) with mentions and documents in one transaction, acknowledging"
                + " after commit. **Kafka Connect 4.1.2 standalone + Debezium JDBC sink"
                + " 3.3.1.Final** (1 task) reads the same records with a converter that parses"
                + " the JSON into a flat struct (no schema validation; `content_hash` = SHA-256"
                + " of the value) and upserts batches of 500 on `id` into the same tables,"
                + " emptied first: PostgreSQL computes the same generated `tsvector` and fills the same"
                + " GIN index and trigger for both. The sink writes the `dispatches` table only:"
                + " no `dispatch_mentions` rows, no `documents` rows, no dead-letter routing —"
                + " less work than query-service does. CPU is per 1000 rows.",
            records.size()));
    report.table(
        "consumer",
        "rows",
        "seconds",
        "rows/s",
        "consumer CPU ms",
        "PostgreSQL CPU ms",
        "vs peer",
        "vs JDBC baseline");
    storeRow("query-service", store1, peer.rate());
    storeRow("Kafka Connect + Debezium JDBC sink", peer, peer.rate());
    report.endTable();
    report.ratio(
        "store stage (query-service, 1 partition) / Kafka Connect + Debezium JDBC sink",
        Report.num(store1.rate()) + " /s",
        Report.num(peer.rate()) + " /s",
        store1.rate() / peer.rate(),
        "> 1 (ahead of the peer)",
        store1.rate() > peer.rate());
    report.ratio(
        "store stage (query-service, 1 partition) / fastest plain-JDBC load",
        Report.num(store1.rate()) + " /s",
        Report.num(baselineRate) + " /s",
        store1.rate() / baselineRate,
        "≥ 0.9 (as end to end)",
        store1.rate() / baselineRate >= 0.9);
  }

  private void storeRow(String name, StoreRun.Result r, double peerRate) {
    report.row(
        name,
        r.rows(),
        r.seconds(),
        r.rate(),
        r.consumerCpuMsPerK(),
        r.postgresCpuMsPerK(),
        r.rate() / peerRate,
        r.rate() / baselineRate);
  }

  /** Runs {@code instances} query-services on a fresh topic of {@code partitions} partitions. */
  private StoreRun.Result storeWithQueryService(
      List<ConsumerRecord<byte[], byte[]>> records, String topic, int partitions, int instances)
      throws Exception {
    topics.create(topic, partitions);
    Schemas.truncate(db, "public");
    Map<String, String> env = new HashMap<>(Service.stackEnv(stack));
    env.put("DISPATCHLINE_CONSUMER_GROUP", topic);
    env.put("MP_MESSAGING_INCOMING_DISPATCHES_TOPIC", topic);
    List<Service> services = new ArrayList<>();
    try {
      for (int i = 0; i < instances; i++) {
        services.add(Service.start("query-service", topic + "-" + i, env, workDir));
      }
      topics.awaitGroup(topic, instances);
      return StoreRun.run(
          topics,
          records,
          topic,
          db,
          "public",
          services.stream().map(Service::pid).toList(),
          stack.dataDir());
    } finally {
      for (Service s : services) {
        s.close();
      }
    }
  }

  // ---- 6. scaling --------------------------------------------------------------------------

  private void scaling(List<ConsumerRecord<byte[], byte[]>> records) throws Exception {
    log("scaling: 3 partitions, 1 instance");
    StoreRun.Result p3 = storeWithQueryService(records, "store-p3", 3, 1);
    log("scaling: 3 partitions, 2 instances");
    StoreRun.Result p3x2 = storeWithQueryService(records, "store-p3x2", 3, 2);
    report.section("6. Scaling: partitions and query-service instances");
    report.text(
        "The store stage as in section 2 (query-service alone, from a topic filled as fast as"
            + " Kafka takes it; compare its rate with ingest-service's accept rate in section 1"
            + " to see which stage bounds end to end), with the same records on topics of 1 and 3 partitions and 1 or 2 query-service"
            + " instances in one consumer group. CPU per 1000 rows shows where the time goes:"
            + " the consumer JVMs (poll, JSON parse, schema validation, building the upsert) or"
            + " PostgreSQL (tsvector, GIN index, B-tree indexes, trigger, WAL).");
    report.table(
        "setup",
        "rows/s",
        "vs 1 partition, 1 instance",
        "query-service CPU ms",
        "PostgreSQL CPU ms");
    report.row(
        "1 partition, 1 instance",
        store1.rate(),
        1.0,
        store1.consumerCpuMsPerK(),
        store1.postgresCpuMsPerK());
    report.row(
        "3 partitions, 1 instance",
        p3.rate(),
        p3.rate() / store1.rate(),
        p3.consumerCpuMsPerK(),
        p3.postgresCpuMsPerK());
    report.row(
        "3 partitions, 2 instances",
        p3x2.rate(),
        p3x2.rate() / store1.rate(),
        p3x2.consumerCpuMsPerK(),
        p3x2.postgresCpuMsPerK());
    report.endTable();
    report.ratio(
        "3 partitions / 1 partition (1 instance)",
        Report.num(p3.rate()) + " /s",
        Report.num(store1.rate()) + " /s",
        p3.rate() / store1.rate(),
        "none (shows the bottleneck)",
        null);
    report.ratio(
        "2 instances / 1 instance (3 partitions)",
        Report.num(p3x2.rate()) + " /s",
        Report.num(p3.rate()) + " /s",
        p3x2.rate() / p3.rate(),
        "none (shows the bottleneck)",
        null);
  }

  // ---- 4. query ----------------------------------------------------------------------------

  private void query() throws Exception {
    List<QuerySection> sections = new ArrayList<>();
    char letter = 'a';
    for (int rows : options.queryRows()) {
      sections.add(querySection(rows, options.queryRows().size() > 1 ? "4" + letter++ : "4"));
    }
    if (sections.size() > 1) {
      queryGrowth(sections.get(0), sections.get(sections.size() - 1));
    }
  }

  /** One size of section 4: its figures, for the growth table. */
  record QuerySection(
      int rows,
      List<QueryBench.Result> results,
      List<QueryBench.Result> peer,
      List<QueryBench.Check> checks,
      String peerIndex) {}

  private QuerySection querySection(int rows, String number) throws Exception {
    log("query: corpus of " + rows + " dispatches under " + options.corpusDir());
    List<QueryBench.Result> results;
    String corpusNote;
    double loadRate = Double.NaN;
    try (CorpusStore corpus = CorpusStore.open(options.corpusDir(), rows)) {
      Map<String, String> env = new HashMap<>(Service.stackEnv(corpus.stack()));
      env.put("DISPATCHLINE_CONSUMER_GROUP", "query-bench");
      env.put("MP_MESSAGING_INCOMING_DISPATCHES_TOPIC", "query-bench-idle");
      // Flyway creates the schema of an empty corpus, and brings a kept one up to date.
      try (Service query =
          Service.start("query-service", "query-service-api-" + rows, env, workDir)) {
        if (corpus.built()) {
          log("query: reusing the corpus built before");
          corpus.markReused();
        } else {
          log("query: building the corpus (once; kept for later runs)");
          loadRate = corpus.load();
        }
        corpusNote =
            corpus.reused()
                ? String.format(
                    Locale.ROOT,
                    "kept from an earlier run (building it took %.0f s)",
                    corpus.buildSeconds())
                : String.format(
                    Locale.ROOT,
                    "built in this run in %.0f s (%.0f rows/s), kept for later runs",
                    corpus.buildSeconds(),
                    loadRate);
        Map<String, String> peerEnv = new HashMap<>();
        peerEnv.put("LUCENE_PEER_INDEX_DIR", corpus.dir().resolve("lucene").toString());
        peerEnv.put("LUCENE_PEER_JDBC_URL", corpus.stack().jdbcUrl());
        peerEnv.put("LUCENE_PEER_JDBC_USER", corpus.stack().username());
        peerEnv.put("LUCENE_PEER_JDBC_PASSWORD", corpus.stack().password());
        log("query: starting the Lucene peer (builds its index once, kept with the corpus)");
        try (Service peer =
            Service.start(
                "deploy/bench/lucene-peer",
                "lucene-peer-" + rows,
                peerEnv,
                workDir,
                java.time.Duration.ofMinutes(30))) {
          String peerIndex = corpus.luceneNote();
          if (options.prepare()) {
            return new QuerySection(rows, List.of(), List.of(), List.of(), peerIndex);
          }
          QueryBench bench = new QueryBench(corpus.stack(), query.baseUrl());
          log("query: checking the ten queries against brute-force SQL over " + rows);
          List<QueryBench.Check> checks = bench.check(peer.baseUrl());
          log("query: phases over " + rows + " (load average " + Machine.loadAverage() + ")");
          results = bench.run(size.rates(), size.workers(), size.queryPhaseSeconds());
          log("query: the Lucene peer over " + rows);
          List<QueryBench.Result> peerResults =
              bench.peer(peer.baseUrl(), size.rates(), size.workers(), size.queryPhaseSeconds());
          rssMb.put("Lucene peer (" + rows + ")", Proc.rssMb(peer.pid()));
          QuerySection section = new QuerySection(rows, results, peerResults, checks, peerIndex);
          queryReport(number, rows, corpusNote, section);
          peerAndChecks(number, rows, section);
          return section;
        }
      }
    }
  }

  private void queryReport(String number, int rows, String corpusNote, QuerySection section) {
    List<QueryBench.Result> results = section.results();
    report.section(number + ". Query: GET /dispatches over " + rows + " stored dispatches");
    report.text(
        String.format(
            Locale.ROOT,
            "%d generated dispatches (1–5 KB bodies, skewed topic words, 8 agencies, 27 places,"
                + " two years of dates), loaded with COPY into query-service's own schema (%s;"
                + " %s), then `GET /dispatches`"
                + " over HTTP next to the same statements the service runs (its `DispatchSql`"
                + " statements + mentions, 21 rows) through JDBC with a pool of 16 like the"
                + " service's. q: ten full-text queries, newest first. filters: agency + place +"
                + " a six-month window. paging: pages 2–201 of the full listing by keyset cursor."
                + " q with sort=relevance: the same ten queries, ranked by `ts_rank_cd` over the"
                + " bounded candidate set (docs/api.md)."
                + " Fixed rates are open loop (latency from when the request was due); saturation"
                + " is %d closed-loop workers; %.0f s per phase after a warm-up. Load average"
                + " before the section: %s.",
            rows,
            corpusNote,
            options.corpusDir(),
            size.workers(),
            size.queryPhaseSeconds(),
            Machine.loadAverage()));
    report.table(
        "kind",
        "load",
        "HTTP req/s",
        "HTTP p50 ms",
        "HTTP p99 ms",
        "JDBC req/s",
        "JDBC p50 ms",
        "JDBC p99 ms",
        "HTTP/JDBC",
        "errors");
    for (QueryBench.Result r : results) {
      report.row(
          r.kind(),
          r.mode(),
          r.http().throughput(),
          r.http().p50Ms(),
          r.http().p99Ms(),
          r.jdbc().throughput(),
          r.jdbc().p50Ms(),
          r.jdbc().p99Ms(),
          r.http().throughput() / r.jdbc().throughput(),
          r.http().errors() + r.jdbc().errors());
    }
    report.endTable();
    for (QueryBench.Result r : results) {
      if (r.mode().startsWith("saturation")) {
        double ratio = r.http().throughput() / r.jdbc().throughput();
        report.ratio(
            "query " + r.kind() + " over " + rows + ": HTTP / JDBC throughput at saturation",
            Report.num(r.http().throughput()) + " req/s",
            Report.num(r.jdbc().throughput()) + " req/s",
            ratio,
            "≥ 0.8",
            ratio >= 0.8);
      } else if (r.mode().equals("fixed 200/s")) {
        report.ratio(
            "query " + r.kind() + " over " + rows + ": HTTP p99 at 200 req/s (ms) / JDBC p99",
            Report.num(r.http().p99Ms()) + " ms",
            Report.num(r.jdbc().p99Ms()) + " ms",
            r.http().p99Ms() / r.jdbc().p99Ms(),
            "p99 ≤ 20 ms",
            r.http().p99Ms() <= 20);
      }
    }
  }

  private void peerAndChecks(String number, int rows, QuerySection section) {
    report.text(
        String.format(
            Locale.ROOT,
            "**The Lucene peer over %d dispatches** (%s): Apache Lucene 9.12.3, the same rows"
                + " indexed with its English analyzer, sorted on disk newest first, one"
                + " segment; served by a Quarkus REST app like query-service (first pages only,"
                + " items with id, headline, place, agency, date, body and score; no snippet)."
                + " The same ten queries in Lucene's classic syntax (AND by default, the same"
                + " phrase, OR and -word), newest first and by BM25 (headline boosted 2.5×)."
                + " Left: query-service over HTTP, right: the peer over HTTP, same load.",
            rows,
            section.peerIndex()));
    report.table(
        "kind",
        "load",
        "query-service req/s",
        "p50 ms",
        "p99 ms",
        "Lucene req/s",
        "p50 ms",
        "p99 ms",
        "query-service / Lucene",
        "errors");
    for (QueryBench.Result r : section.peer()) {
      report.row(
          r.kind(),
          r.mode(),
          r.http().throughput(),
          r.http().p50Ms(),
          r.http().p99Ms(),
          r.jdbc().throughput(),
          r.jdbc().p50Ms(),
          r.jdbc().p99Ms(),
          r.http().throughput() / r.jdbc().throughput(),
          r.http().errors() + r.jdbc().errors());
      if (r.mode().startsWith("saturation")) {
        double ratio = r.http().throughput() / r.jdbc().throughput();
        report.ratio(
            r.kind() + " over " + rows + ": saturation throughput",
            Report.num(r.http().throughput()) + " req/s",
            Report.num(r.jdbc().throughput()) + " req/s",
            ratio,
            "≥ 0.5 × Lucene",
            ratio >= 0.5);
      }
    }
    report.endTable();
    report.text(
        "**Right answers over "
            + rows
            + "**: each query's first page against a brute-force reference in SQL over the same"
            + " rows (full scan, every match sorted). Newest first must be the same 20 ids in the"
            + " same order. By relevance: the API's top 20 against the exact `ts_rank_cd`"
            + " ranking of every match (what ranking only the newest "
            + SearchPlan.DEFAULT_CANDIDATES
            + " matches gives up) and of the candidates alone (must be 20: ranks are exact within"
            + " them). The peer's top 20 against the same references (its analyzer and BM25"
            + " differ from PostgreSQL's, so overlap, not equality, is what it can show).");
    report.table(
        "query",
        "matches",
        "newest first = reference",
        "relevance ∩ exact (all matches)",
        "relevance ∩ exact (candidates)",
        "Lucene newest ∩ reference",
        "Lucene BM25 ∩ exact ts_rank_cd");
    int same = 0;
    int candidates = 0;
    for (QueryBench.Check c : section.checks()) {
      report.row(
          "`" + c.query() + "`",
          c.matches(),
          c.newestSame() ? "yes" : "**no**",
          c.relevanceOverlapAll() + "/20",
          c.relevanceOverlapCandidates() + "/20",
          c.peerNewestOverlap() + "/20",
          c.peerRelevanceOverlapAll() + "/20");
      same += c.newestSame() ? 1 : 0;
      candidates += c.relevanceOverlapCandidates() == 20 ? 1 : 0;
    }
    report.endTable();
    int n = section.checks().size();
    report.ratio(
        "q newest first over " + rows + ": first pages equal to brute-force SQL",
        same + " of " + n,
        n + " queries",
        (double) same / n,
        "all",
        same == n);
    report.ratio(
        "q relevance over " + rows + ": top 20 equal to the exact ranking of the candidates",
        candidates + " of " + n,
        n + " queries",
        (double) candidates / n,
        "all",
        candidates == n);
  }

  /** How each kind's HTTP p99 (fixed rates) and saturation throughput grew from small to large. */
  private void queryGrowth(QuerySection small, QuerySection large) {
    report.section(
        "4g. Query: growth from " + small.rows() + " to " + large.rows() + " stored dispatches");
    report.text(
        "Each kind at each load in both sections: HTTP p99 and throughput, and large / small."
            + " The target is a growth of at most 1.5× in p99 at 200 req/s.");
    report.table(
        "kind",
        "load",
        "p99 ms " + small.rows(),
        "p99 ms " + large.rows(),
        "p99 growth",
        "req/s " + small.rows(),
        "req/s " + large.rows());
    for (QueryBench.Result s : small.results()) {
      for (QueryBench.Result l : large.results()) {
        if (l.kind().equals(s.kind()) && l.mode().equals(s.mode())) {
          report.row(
              s.kind(),
              s.mode(),
              s.http().p99Ms(),
              l.http().p99Ms(),
              l.http().p99Ms() / s.http().p99Ms(),
              s.http().throughput(),
              l.http().throughput());
          if (s.mode().equals("fixed 200/s")) {
            double g = l.http().p99Ms() / s.http().p99Ms();
            report.ratio(
                "query "
                    + s.kind()
                    + ": HTTP p99 at 200 req/s, "
                    + large.rows()
                    + " / "
                    + small.rows(),
                Report.num(l.http().p99Ms()) + " ms",
                Report.num(s.http().p99Ms()) + " ms",
                g,
                "≤ 1.5",
                g <= 1.5);
          }
        }
      }
    }
    report.endTable();
  }

  // ---- 5. footprint -------------------------------------------------------------------------

  private void footprint() {
    report.section("5. Footprint");
    report.text(
        "Start-up: from launching the process to ready (`/q/health/ready` 200 for the services;"
            + " Kafka accepting and PostgreSQL answering for the stack; the sink task RUNNING"
            + " for Connect). RSS: resident memory right after the end-to-end run (services,"
            + " stack) or the peer run (Connect). Services run with `-Xmx512m`.");
    report.table("process", "start-up s", "RSS MB");
    for (String name :
        List.of(
            "local stack (Kafka + PostgreSQL)",
            "local stack: Kafka + stack JVM",
            "local stack: PostgreSQL (all processes)",
            "query-service",
            "ingest-service",
            "Kafka Connect + JDBC sink (task running)",
            "Kafka Connect + JDBC sink")) {
      if (startSeconds.containsKey(name) || rssMb.containsKey(name)) {
        report.row(
            name,
            startSeconds.getOrDefault(name, Double.NaN),
            rssMb.getOrDefault(name, Double.NaN));
      }
    }
    report.endTable();
    double connectRss = rssMb.getOrDefault("Kafka Connect + JDBC sink", Double.NaN);
    double connectStart =
        startSeconds.getOrDefault("Kafka Connect + JDBC sink (task running)", Double.NaN);
    report.ratio(
        "query-service RSS / Kafka Connect + JDBC sink RSS",
        Report.num(rssMb.get("query-service")) + " MB",
        Report.num(connectRss) + " MB",
        rssMb.get("query-service") / connectRss,
        "none",
        null);
    report.ratio(
        "query-service start-up / Kafka Connect + JDBC sink start-up",
        Report.num(startSeconds.get("query-service")) + " s",
        Report.num(connectStart) + " s",
        startSeconds.get("query-service") / connectStart,
        "none",
        null);
  }

  private void log(String message) {
    System.out.println("bench: " + message);
  }
}
