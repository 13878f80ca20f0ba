package io.dispatchline.bench;

import io.dispatchline.local.LocalStack;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The limit to measure the store path against: the same rows loaded straight into a fresh copy of
 * the same schema (GIN index, generated tsvector, store-sequence trigger and all), in 500-row
 * transactions, with batched INSERTs or with COPY, on one or more connections. No JSON, no Kafka:
 * what PostgreSQL itself can take here.
 */
final class JdbcBaseline {

  static final String SCHEMA = "baseline";
  private static final int CHUNK = 500;

  enum Method {
    INSERT_BATCHES,
    COPY
  }

  private final LocalStack stack;

  JdbcBaseline(LocalStack stack) {
    this.stack = stack;
  }

  /** Rows per second for loading all rows with {@code method} on {@code connections}. */
  double load(Rows rows, Method method, int connections) throws Exception {
    try (Connection c = connect()) {
      Schemas.fresh(c, SCHEMA);
    }
    List<List<String[]>> slices = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      slices.add(new ArrayList<>());
    }
    // by document, so a document and its dispatches go through one connection
    for (String[] d : rows.dispatches()) {
      slices.get(Math.floorMod(d[1].hashCode(), connections)).add(d);
    }
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<String[]> slice : slices) {
        done.add(pool.submit(() -> loadSlice(rows, slice, method)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (Connection c = connect()) {
      long stored = Schemas.count(c, SCHEMA);
      if (stored != rows.size()) {
        throw new IllegalStateException("baseline stored " + stored + " of " + rows.size());
      }
    }
    return rows.size() / seconds;
  }

  private Void loadSlice(Rows rows, List<String[]> slice, Method method) throws Exception {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      Set<String> documentsSeen = new HashSet<>();
      for (int from = 0; from < slice.size(); from += CHUNK) {
        List<String[]> chunk = slice.subList(from, Math.min(slice.size(), from + CHUNK));
        List<String[]> documents = new ArrayList<>();
        List<String[]> mentions = new ArrayList<>();
        for (String[] d : chunk) {
          if (documentsSeen.add(d[1])) {
            documents.add(documentOf(rows, d[1]));
          }
          mentions.addAll(rows.mentions().getOrDefault(d[0], List.of()));
        }
        if (method == Method.COPY) {
          copy(c, "documents", Rows.DOCUMENT_COLUMNS, documents);
          copy(c, "dispatches", Rows.DISPATCH_COLUMNS, chunk);
          copy(c, "dispatch_mentions", Rows.MENTION_COLUMNS, mentions);
        } else {
          insert(c, "documents", Rows.DOCUMENT_COLUMNS, documents);
          insert(c, "dispatches", Rows.DISPATCH_COLUMNS, chunk);
          insert(c, "dispatch_mentions", Rows.MENTION_COLUMNS, mentions);
        }
        c.commit();
      }
    }
    return null;
  }

  private static String[] documentOf(Rows rows, String id) {
    String[] doc = rows.documents().get(id);
    if (doc == null) {
      throw new IllegalStateException("no document " + id);
    }
    return doc;
  }

  private static void insert(Connection c, String table, String columns, List<String[]> values)
      throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    int n = columns.split(",").length;
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + columns
            + ") VALUES ("
            + String.join(",", Collections.nCopies(n, "?"))
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (String[] row : values) {
        for (int i = 0; i < n; i++) {
          // untyped: PostgreSQL converts the text to each column's type itself
          ps.setObject(i + 1, row[i], Types.OTHER);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void copy(Connection c, String table, String columns, List<String[]> values)
      throws Exception {
    if (values.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : values) {
      for (int i = 0; i < row.length; i++) {
        text.append(i == 0 ? "" : "\t").append(row[i] == null ? "\\N" : escape(row[i]));
      }
      text.append('\n');
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    copy.copyIn(
        "COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        Schemas.url(stack.jdbcUrl(), SCHEMA), stack.username(), stack.password());
  }
}
