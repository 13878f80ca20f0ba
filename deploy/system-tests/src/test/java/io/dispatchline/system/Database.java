package io.dispatchline.system;

import io.dispatchline.local.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the stack's PostgreSQL, for checking what query-service stored. */
public final class Database {

  private final LocalStack stack;

  public Database(LocalStack stack) {
    this.stack = stack;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
  }

  /** Rows of the document, or -1 while the database does not answer. */
  public long rowsOf(String documentId) {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM dispatches WHERE document_id = ?")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  /** Sequences stored for the document, in order: shows gaps and duplicates at once. */
  public List<Integer> sequencesOf(String documentId) throws SQLException {
    List<Integer> sequences = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT sequence FROM dispatches WHERE document_id = ? ORDER BY sequence")) {
      ps.setString(1, documentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sequences.add(rs.getInt(1));
        }
      }
    }
    return sequences;
  }

  /** Every stored row as one line of its content, in id order: equal snapshots, equal data. */
  public List<String> snapshot() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT d.id, d.document_id, d.sequence, d.kind, d.headline, d.located, d.agency,"
                    + " d.dispatch_date, d.body, d.content_hash, d.search::text,"
                    + " (SELECT string_agg(m.name || '/' || m.type, ',' ORDER BY m.position)"
                    + "  FROM dispatch_mentions m WHERE m.dispatch_id = d.id)"
                    + " FROM dispatches d ORDER BY d.id")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rs.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  public void truncate() throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute("TRUNCATE dispatch_mentions, dispatches, documents");
    }
  }
}
