package io.dispatchline.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as query-service stored them, read back as text, so that the plain-JDBC baseline loads
 * exactly the same rows into the same schema.
 */
record Rows(
    Map<String, String[]> documents,
    List<String[]> dispatches,
    Map<String, List<String[]>> mentions) {

  /** The columns a loader writes; the rest (search, stored_seq, timestamps) PostgreSQL fills. */
  static final String DOCUMENT_COLUMNS = "id, source_type, source_name, ingested_at";

  static final String DISPATCH_COLUMNS =
      "id, document_id, sequence, kind, headline, located, agency, dateline_text, date_text,"
          + " dispatch_date, body, word_count, language, source_type, source_name, ingested_at,"
          + " content_hash";
  static final String MENTION_COLUMNS = "dispatch_id, position, name, type";

  /** The first {@code limit} dispatches stored (with their mentions and documents). */
  static Rows read(Connection c, String schema, int limit) throws SQLException {
    Map<String, String[]> documents = new HashMap<>();
    for (String[] d : select(c, "SELECT " + DOCUMENT_COLUMNS + " FROM " + schema + ".documents")) {
      documents.put(d[0], d);
    }
    List<String[]> dispatches =
        select(
            c,
            "SELECT " + DISPATCH_COLUMNS + " FROM " + schema + ".dispatches ORDER BY stored_seq");
    Map<String, List<String[]>> mentions = new HashMap<>();
    for (String[] m :
        select(c, "SELECT " + MENTION_COLUMNS + " FROM " + schema + ".dispatch_mentions")) {
      mentions.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m);
    }
    return new Rows(documents, dispatches, mentions);
  }

  int size() {
    return dispatches.size();
  }

  private static List<String[]> select(Connection c, String sql) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
