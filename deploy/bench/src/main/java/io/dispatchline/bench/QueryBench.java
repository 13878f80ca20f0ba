package io.dispatchline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStack;
import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchRow;
import io.dispatchline.query.store.DispatchSql;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.SearchPlan;
import io.dispatchline.query.store.SortOrder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code GET /dispatches} over HTTP next to the same statements (the service's own {@link
 * DispatchSql}, page + mentions, one extra row as the service asks for) run directly through JDBC
 * with a pool as large as the service's, over a table of generated dispatches: full-text {@code q},
 * filters (agency, place, date range) and deep keyset pages.
 */
final class QueryBench {

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
  private static final int POOL = 16;
  private static final int PAGES = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A kind of request, as HTTP and as JDBC; {@code fixedRates} false for kinds too slow for the
   * fixed rates, measured at saturation only.
   */
  record Kind(String name, Load.Op http, Load.Op jdbc, List<Double> onlyRates) {
    Kind(String name, Load.Op http, Load.Op jdbc) {
      this(name, http, jdbc, null);
    }
  }

  /** One kind at one load: HTTP and JDBC figures side by side. */
  record Result(String kind, String mode, Load.Figures http, Load.Figures jdbc) {}

  private final LocalStack stack;
  private final String baseUrl;
  private SearchPlan plan;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final BlockingQueue<Connection> pool = new LinkedBlockingQueue<>();

  QueryBench(LocalStack stack, String baseUrl) {
    this.stack = stack;
    this.baseUrl = baseUrl;
  }

  /** Every kind at each fixed rate and at saturation, HTTP first then JDBC, after a warm-up. */
  List<Result> run(List<Double> rates, int workers, double seconds) throws Exception {
    for (int k = 0; k < POOL; k++) {
      pool.add(DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password()));
    }
    try {
      Connection c = pool.take();
      plan = DispatchReader.plan(c, SearchPlan.DEFAULT_CANDIDATES);
      pool.add(c);
      List<Result> results = new ArrayList<>();
      for (Kind kind : kinds()) {
        results.addAll(phases(kind, rates, workers, seconds));
      }
      return results;
    } finally {
      for (Connection c : pool) {
        c.close();
      }
      pool.clear();
    }
  }

  /**
   * The Lucene peer next to this service over HTTP: the ten queries newest first and by relevance
   * (BM25 there), at each fixed rate and at saturation; the peer's figures in {@code jdbc}.
   */
  List<Result> peer(String peerUrl, List<Double> rates, int workers, double seconds)
      throws Exception {
    List<Result> results = new ArrayList<>();
    results.addAll(
        phases(
            new Kind(
                "q, newest first: query-service | Lucene",
                i -> get("/dispatches?q=" + enc(query(i))),
                i -> get(peerUrl, "/dispatches?q=" + enc(query(i)))),
            rates,
            workers,
            seconds));
    results.addAll(
        phases(
            new Kind(
                "q, relevance: query-service (ts_rank_cd, candidates) | Lucene (BM25)",
                i -> get("/dispatches?sort=relevance&q=" + enc(query(i))),
                i -> get(peerUrl, "/dispatches?sort=relevance&q=" + enc(query(i)))),
            rates,
            workers,
            seconds));
    return results;
  }

  private List<Result> phases(Kind kind, List<Double> rates, int workers, double seconds)
      throws Exception {
    List<Result> results = new ArrayList<>();
    {
      {
        Load.saturate(kind.jdbc(), workers, Math.min(5, seconds));
        Load.saturate(kind.http(), workers, Math.min(5, seconds));
        for (double rate : kind.onlyRates() == null ? rates : kind.onlyRates()) {
          Load.Figures http = Load.fixedRate(kind.http(), rate, seconds);
          Load.Figures jdbc = Load.fixedRate(kind.jdbc(), rate, seconds);
          results.add(new Result(kind.name(), "fixed " + (int) rate + "/s", http, jdbc));
        }
        Load.Figures http = Load.saturate(kind.http(), workers, seconds);
        Load.Figures jdbc = Load.saturate(kind.jdbc(), workers, seconds);
        results.add(new Result(kind.name(), "saturation c=" + workers, http, jdbc));
      }
    }
    return results;
  }

  private List<Kind> kinds() throws Exception {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            "q (full text, newest first)",
            i -> get("/dispatches?q=" + enc(query(i))),
            i -> jdbc(fullText(i), null)));
    kinds.add(
        new Kind(
            "filters (agency, place, dates)",
            i -> {
              Filter f = Filter.of(i);
              return get(
                  "/dispatches?agency="
                      + enc(f.agency())
                      + "&located="
                      + enc(f.place())
                      + "&from="
                      + f.from()
                      + "&to="
                      + f.to());
            },
            i -> {
              Filter f = Filter.of(i);
              return jdbc(
                  new SearchFilter(
                      null, f.agency(), f.place(), null, null, null, f.from(), f.to(), null),
                  null);
            }));
    kinds.add(
        new Kind(
            "q, sort=relevance",
            i -> get("/dispatches?sort=relevance&q=" + enc(query(i))),
            i -> jdbc(fullText(i), SortOrder.RELEVANCE, null, false)));
    List<String> cursors = httpCursors();
    List<List<String>> keys = jdbcKeys();
    kinds.add(
        new Kind(
            "paging (keyset, pages 2–" + (PAGES + 1) + ")",
            i -> get("/dispatches?cursor=" + enc(cursors.get(i % cursors.size()))),
            i -> jdbc(SearchFilter.NONE, keys.get(i % keys.size()))));
    // The HTTP path's own cost: the same pages without bodies and mentions (view=summary).
    List<Double> summaryRates = List.of(200.0);
    kinds.add(
        new Kind(
            "q, view=summary",
            i -> get("/dispatches?view=summary&q=" + enc(query(i))),
            i -> jdbc(fullText(i), SortOrder.DATE, null, true),
            summaryRates));
    kinds.add(
        new Kind(
            "filters, view=summary",
            i -> {
              Filter f = Filter.of(i);
              return get(
                  "/dispatches?view=summary&agency="
                      + enc(f.agency())
                      + "&located="
                      + enc(f.place())
                      + "&from="
                      + f.from()
                      + "&to="
                      + f.to());
            },
            i -> {
              Filter f = Filter.of(i);
              return jdbc(
                  new SearchFilter(
                      null, f.agency(), f.place(), null, null, null, f.from(), f.to(), null),
                  SortOrder.DATE,
                  null,
                  true);
            },
            summaryRates));
    kinds.add(
        new Kind(
            "paging, view=summary",
            i -> get("/dispatches?view=summary&cursor=" + enc(cursors.get(i % cursors.size()))),
            i -> jdbc(SearchFilter.NONE, SortOrder.DATE, keys.get(i % keys.size()), true),
            summaryRates));
    return kinds;
  }

  /**
   * The ten queries against a brute-force reference in SQL over the same rows (a full scan, no
   * index: every match found and sorted): newest first, the API's first page must be the
   * reference's; by relevance, the overlap of the API's top 20 with the exact ranking of every
   * match, and with the exact ranking of the candidates (which must be 20 of 20); the peer's
   * newest-first top 20 against the same reference.
   */
  record Check(
      String query,
      long matches,
      boolean newestSame,
      int relevanceOverlapAll,
      int relevanceOverlapCandidates,
      int peerNewestOverlap,
      int peerRelevanceOverlapAll) {}

  List<Check> check(String peerUrl) throws Exception {
    List<Check> checks = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
        Statement st = c.createStatement()) {
      st.execute("SET enable_indexscan = off");
      st.execute("SET enable_bitmapscan = off");
      for (String q : QUERIES) {
        List<String> newest = new ArrayList<>();
        long matches = 0;
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, count(*) OVER () FROM dispatches,"
                    + " websearch_to_tsquery('english', ?) tsq WHERE search @@ tsq"
                    + " ORDER BY coalesce(dispatch_date, '-infinity'::date) DESC, id DESC"
                    + " LIMIT ?")) {
          ps.setString(1, q);
          ps.setInt(2, SearchPlan.DEFAULT_CANDIDATES);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              newest.add(rs.getString(1));
              matches = rs.getLong(2);
            }
          }
        }
        List<String> exactAll =
            ids(
                c,
                "SELECT id FROM dispatches, websearch_to_tsquery('english', ?) tsq"
                    + " WHERE search @@ tsq ORDER BY ts_rank_cd(search, tsq) DESC, id DESC"
                    + " LIMIT 20",
                q,
                null);
        List<String> exactCandidates =
            ids(
                c,
                "SELECT id FROM dispatches, websearch_to_tsquery('english', ?) tsq"
                    + " WHERE id = ANY(?) ORDER BY ts_rank_cd(search, tsq) DESC, id DESC"
                    + " LIMIT 20",
                q,
                newest.toArray(String[]::new));
        List<String> top20 = newest.subList(0, Math.min(20, newest.size()));
        List<String> apiNewest = pageIds(baseUrl, "/dispatches?limit=20&q=" + enc(q));
        List<String> apiRelevance =
            pageIds(baseUrl, "/dispatches?limit=20&sort=relevance&q=" + enc(q));
        List<String> peerNewest =
            peerUrl == null ? List.of() : pageIds(peerUrl, "/dispatches?limit=20&q=" + enc(q));
        List<String> peerRelevance =
            peerUrl == null
                ? List.of()
                : pageIds(peerUrl, "/dispatches?limit=20&sort=relevance&q=" + enc(q));
        checks.add(
            new Check(
                q,
                matches,
                apiNewest.equals(top20),
                overlap(apiRelevance, exactAll),
                overlap(apiRelevance, exactCandidates),
                overlap(peerNewest, top20),
                overlap(peerRelevance, exactAll)));
      }
    }
    return checks;
  }

  private static int overlap(List<String> a, List<String> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a);
    s.retainAll(b);
    return s.size();
  }

  private static List<String> ids(Connection c, String sql, String q, String[] ids)
      throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, q);
      if (ids != null) {
        ps.setArray(2, c.createArrayOf("text", ids));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private List<String> pageIds(String base, String path) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(base + path + " answered " + r.statusCode());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode item : JSON.readTree(r.body()).get("items")) {
      ids.add(item.get("id").asText());
    }
    return ids;
  }

  private static String query(int i) {
    return QUERIES.get(i % QUERIES.size());
  }

  private static SearchFilter fullText(int i) {
    return new SearchFilter(query(i), null, null, null, null, null, null, null, null);
  }

  /** Agency, place and a half-year window, cycling so that most combinations match a few rows. */
  record Filter(String agency, String place, LocalDate from, LocalDate to) {
    static Filter of(int i) {
      LocalDate from = LocalDate.of(2023, 1, 1).plusMonths(i % 18);
      return new Filter(
          Corpus.AGENCIES.get(i % Corpus.AGENCIES.size()),
          Corpus.PLACES.get(i % Corpus.PLACES.size()),
          from,
          from.plusMonths(6));
    }
  }

  private boolean get(String path) throws Exception {
    return get(baseUrl, path);
  }

  private boolean get(String base, String path) throws Exception {
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return r.statusCode() == 200;
  }

  private boolean jdbc(SearchFilter f, List<String> after) throws Exception {
    return jdbc(f, SortOrder.DATE, after, false);
  }

  /** The service's own page logic (walk, GIN path, candidates) on a pooled connection. */
  private boolean jdbc(SearchFilter f, SortOrder sort, List<String> after, boolean summary)
      throws Exception {
    Connection c = pool.take();
    try {
      return DispatchReader.page(c, f, sort, after, 21, plan, summary) != null;
    } finally {
      // add, not put: a phase cut off interrupts its workers, and an interrupted put would throw
      // and lose the connection, starving every later phase.
      pool.add(c);
    }
  }

  /** The cursors of pages 2.. of the unfiltered newest-first listing, as the API hands them out. */
  private List<String> httpCursors() throws Exception {
    List<String> cursors = new ArrayList<>();
    String path = "/dispatches";
    for (int p = 0; p < PAGES; p++) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode next = JSON.readTree(r.body()).get("next");
      if (next == null || next.isNull()) {
        break;
      }
      cursors.add(next.asText());
      path = "/dispatches?cursor=" + enc(next.asText());
    }
    return cursors;
  }

  /** The same page boundaries as keyset values for {@link DispatchSql#page}. */
  private List<List<String>> jdbcKeys() throws Exception {
    List<List<String>> keys = new ArrayList<>();
    List<String> after = null;
    Connection c = pool.take();
    try {
      for (int p = 0; p < PAGES; p++) {
        List<DispatchRow> rows =
            DispatchReader.rows(c, DispatchSql.page(SearchFilter.NONE, SortOrder.DATE, after, 21));
        if (rows.size() < 21) {
          break;
        }
        DispatchRow last = rows.get(19);
        after = List.of(last.date() == null ? "-infinity" : last.date().toString(), last.id());
        keys.add(after);
      }
    } finally {
      pool.add(c);
    }
    return keys;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
