package io.dispatchline.query.store;

import java.sql.SQLException;

/**
 * Tells a row PostgreSQL will never take from an outage. SQLSTATE classes 22 (data exception), 23
 * (integrity constraint) and 54 (program limit, e.g. a body too long for a tsvector) are about the
 * row; anything else (no connection, shutdown, pool exhausted, serialization failure) is about the
 * database and worth retrying.
 */
public final class StoreFailures {

  private StoreFailures() {}

  public static boolean rejectsTheRow(Throwable failure) {
    String state = sqlState(failure);
    return state != null
        && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
  }

  /** The SQLSTATE of the first SQLException in the cause chain, or null. */
  public static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** One line for logs and dead-letter headers: the deepest message in the chain. */
  public static String describe(Throwable failure) {
    Throwable deepest = failure;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      deepest = t;
    }
    String message =
        deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
