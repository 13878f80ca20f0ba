package io.dispatchline.query.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The highest {@code stored_seq} up to which every row is final: committed (visible) or rolled
 * back, never still in flight. Sequence numbers are taken in one order and committed in another, so
 * a reader that just remembered the highest number it saw could miss a row committed late with a
 * lower number. The stream reads only up to this horizon.
 *
 * <p>How: read the sequence's last value S, then take a snapshot. Every transaction holding a
 * number up to S took its transaction id before that number (the trigger does so), hence before the
 * snapshot: it is finished or listed as in progress. Once the oldest running transaction is newer
 * than that snapshot's xmax, all of them are finished and S is safe. On a quiet database that is at
 * once; under load the horizon trails by the longest write transaction.
 */
@ApplicationScoped
public class StreamHorizon {

  private static final long REFRESH_NANOS = 200_000_000L;

  private final AgroalDataSource db;
  private final Deque<long[]> pending = new ArrayDeque<>(); // {S, xmax}
  private long horizon = -1;
  private long refreshedAt;

  public StreamHorizon(AgroalDataSource db) {
    this.db = db;
  }

  /**
   * The horizon once one is known: waits (up to 5 s, while write transactions older than the call
   * are still running) and otherwise answers 0.
   */
  public long established() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    long h;
    while ((h = current()) < 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Math.max(h, 0);
  }

  /**
   * The current safe horizon (-1 while none is known), refreshed at most every 200 ms (shared by
   * all subscribers).
   */
  public synchronized long current() {
    long now = System.nanoTime();
    if (horizon >= 0 && now - refreshedAt < REFRESH_NANOS) {
      return horizon;
    }
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      long s;
      try (ResultSet rs =
          st.executeQuery(
              "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM dispatches_stored_seq")) {
        rs.next();
        s = rs.getLong(1);
      }
      long xmin;
      long xmax;
      try (ResultSet rs =
          st.executeQuery(
              "SELECT pg_snapshot_xmin(snap)::text::bigint, pg_snapshot_xmax(snap)::text::bigint"
                  + " FROM pg_current_snapshot() AS snap")) {
        rs.next();
        xmin = rs.getLong(1);
        xmax = rs.getLong(2);
      }
      pending.addLast(new long[] {s, xmax});
      while (!pending.isEmpty() && pending.peekFirst()[1] <= xmin) {
        horizon = Math.max(horizon, pending.pollFirst()[0]);
      }
      if (pending.size() > 100_000) {
        pending.pollFirst(); // a transaction open for hours: keep memory bounded
      }
      refreshedAt = now;
      return horizon;
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }
}
