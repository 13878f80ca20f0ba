package io.dispatchline.query.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * query-service commits a batch's Kafka offsets once PostgreSQL has committed its rows: nothing
 * redelivers them afterwards. If the database does not flush its commits to disk, a power cut loses
 * acknowledged dispatches, so a database with fsync, synchronous_commit or full_page_writes off is
 * named loudly at start-up (it still starts: the database may be a throw-away test one).
 */
@ApplicationScoped
public class DurabilityCheck {

  private static final Logger LOG = Logger.getLogger(DurabilityCheck.class);
  static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

  private final AgroalDataSource db;

  public DurabilityCheck(AgroalDataSource db) {
    this.db = db;
  }

  void onStart(@Observes StartupEvent start) {
    try {
      Map<String, String> off = settingsNotOn();
      if (!off.isEmpty()) {
        LOG.warnf(
            "PostgreSQL is NOT DURABLE: %s. Stored dispatches whose offsets are committed can be"
                + " lost in a crash or power cut; set these to on for data you keep.",
            off);
      }
    } catch (SQLException e) {
      // The database may be down at start-up; the consumer waits for it and health says so.
      LOG.warnf("Could not check PostgreSQL's durability settings: %s", e.getMessage());
    }
  }

  /** Each of fsync, synchronous_commit and full_page_writes that is not {@code on}, with value. */
  public Map<String, String> settingsNotOn() throws SQLException {
    try (Connection c = db.getConnection()) {
      return settingsNotOn(c);
    }
  }

  static Map<String, String> settingsNotOn(Connection c) throws SQLException {
    Map<String, String> off = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String name : SETTINGS) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            off.put(name, rs.getString(1));
          }
        }
      }
    }
    return off;
  }
}
