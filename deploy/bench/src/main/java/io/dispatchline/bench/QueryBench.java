package io.dispatchline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.local.LocalStack;
import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchRow;
import io.dispatchline.query.store.DispatchSql;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.SortOrder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
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
  record Kind(String name, Load.Op http, Load.Op jdbc, boolean fixedRates) {
    Kind(String name, Load.Op http, Load.Op jdbc) {
      this(name, http, jdbc, true);
    }
  }

  /** One kind at one load: HTTP and JDBC figures side by side. */
  record Result(String kind, String mode, Load.Figures http, Load.Figures jdbc) {}

  private final LocalStack stack;
  private final String baseUrl;
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
      List<Result> results = new ArrayList<>();
      for (Kind kind : kinds()) {
        Load.saturate(kind.jdbc(), workers, Math.min(5, seconds));
        Load.saturate(kind.http(), workers, Math.min(5, seconds));
        for (double rate : kind.fixedRates() ? rates : List.<Double>of()) {
          Load.Figures http = Load.fixedRate(kind.http(), rate, seconds);
          Load.Figures jdbc = Load.fixedRate(kind.jdbc(), rate, seconds);
          results.add(new Result(kind.name(), "fixed " + (int) rate + "/s", http, jdbc));
        }
        Load.Figures http = Load.saturate(kind.http(), workers, seconds);
        Load.Figures jdbc = Load.saturate(kind.jdbc(), workers, seconds);
        results.add(new Result(kind.name(), "saturation c=" + workers, http, jdbc));
      }
      return results;
    } finally {
      for (Connection c : pool) {
        c.close();
      }
    }
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
                  new SearchFilter(null, f.agency(), f.place(), null, null, null, f.from(), f.to()),
                  null);
            }));
    // Ranking scores every match (ts_rank_cd over each matching row's tsvector): seconds per
    // request at this size, so it is measured at saturation only, to show what it costs.
    kinds.add(
        new Kind(
            "q, sort=relevance",
            i -> get("/dispatches?sort=relevance&q=" + enc(query(i))),
            i -> jdbc(fullText(i), SortOrder.RELEVANCE, null),
            false));
    List<String> cursors = httpCursors();
    List<List<String>> keys = jdbcKeys();
    kinds.add(
        new Kind(
            "paging (keyset, pages 2–" + (PAGES + 1) + ")",
            i -> get("/dispatches?cursor=" + enc(cursors.get(i % cursors.size()))),
            i -> jdbc(SearchFilter.NONE, keys.get(i % keys.size()))));
    return kinds;
  }

  private static String query(int i) {
    return QUERIES.get(i % QUERIES.size());
  }

  private static SearchFilter fullText(int i) {
    return new SearchFilter(query(i), null, null, null, null, null, null, null);
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
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return r.statusCode() == 200;
  }

  private boolean jdbc(SearchFilter f, List<String> after) throws Exception {
    return jdbc(f, SortOrder.DATE, after);
  }

  private boolean jdbc(SearchFilter f, SortOrder sort, List<String> after) throws Exception {
    Connection c = pool.take();
    try {
      return DispatchReader.rows(c, DispatchSql.page(f, sort, after, 21)) != null;
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
