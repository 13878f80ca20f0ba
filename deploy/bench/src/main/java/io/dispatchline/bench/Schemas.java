package io.dispatchline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of query-service's schema: its own Flyway migrations, applied in version order. */
final class Schemas {

  private Schemas() {}

  /** Drops {@code schema} and creates it anew with every migration applied. */
  static void fresh(Connection c, String schema) throws SQLException, IOException {
    try (Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
      st.execute("SET search_path TO " + schema);
      for (Path migration : migrations()) {
        st.execute(Files.readString(migration));
      }
      st.execute("SET search_path TO public");
    }
  }

  static void drop(Connection c, String schema) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Empties the tables query-service writes, in {@code schema}. */
  static void truncate(Connection c, String schema) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "TRUNCATE "
              + schema
              + ".dispatch_mentions, "
              + schema
              + ".dispatches, "
              + schema
              + ".documents");
    }
  }

  static long count(Connection c, String schema) throws SQLException {
    try (Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM " + schema + ".dispatches")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The JDBC URL with {@code schema} as the session's search path. */
  static String url(String jdbcUrl, String schema) {
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static List<Path> migrations() throws IOException {
    Path dir = Repo.root().resolve("query-service/src/main/resources/db/migration");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted(Comparator.comparingInt(Schemas::version))
          .toList();
    }
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
