package io.dispatchline.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V12 over rows stored before it: the project's migrations up to V11 into a schema of
 * this test's own, rows in four languages, then V12; the rows are then indexed in their languages.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SearchLanguageMigrationTest {

  private static final String SCHEMA = "v12_test";

  @Inject AgroalDataSource db;

  @BeforeEach
  void migrateToV11() throws Exception {
    dropSchema();
    flyway("11").migrate();
  }

  @AfterEach
  void dropSchema() throws Exception {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void rowsStoredBeforeTheMigrationAreSearchableInTheirLanguageAfterIt() throws Exception {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET search_path TO " + SCHEMA);
      try {
        st.execute(
            "INSERT INTO dispatches (id, document_id, sequence, kind, headline, body, word_count,"
                + " language, ingested_at, content_hash) VALUES"
                + " ('es', 'd', 0, 'dispatch', 'Cumbre', 'La cooperación creció.', 3, 'es',"
                + " now(), 'h0'),"
                + " ('ru', 'd', 1, 'dispatch', NULL, 'Стороны договорились о переговорах.', 4,"
                + " 'ru', now(), 'h1'),"
                + " ('zh', 'd', 2, 'dispatch', '会谈', '中国和美国举行会谈。', 1, 'zh', now(), 'h2'),"
                + " ('en', 'd', 3, 'dispatch', 'Talks', 'Officials were negotiating.', 3, 'en',"
                + " now(), 'h3')");
        // before: everything in English, so the Spanish and Russian forms do not meet
        assertThat(matches(c, "spanish", "cooperaciones")).isEmpty();
        assertThat(matches(c, "russian", "переговоры")).isEmpty();
      } finally {
        st.execute("RESET search_path");
      }
    }

    flyway(null).migrate();

    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET search_path TO " + SCHEMA);
      try {
        assertThat(matches(c, "spanish", "cooperaciones")).containsExactly("es");
        assertThat(matches(c, "russian", "переговоры")).containsExactly("ru");
        assertThat(matches(c, "english", "negotiated")).containsExactly("en");
        assertThat(matches(c, "simple", "会谈")).containsExactly("zh");
        // the stored tsvector is the row's configuration over headline (A) and body (B)
        assertThat(
                single(
                    c,
                    "SELECT search = setweight(to_tsvector('spanish', headline), 'A')"
                        + " || setweight(to_tsvector('spanish', body), 'B')"
                        + " FROM dispatches WHERE id = 'es'"))
            .isEqualTo("t");
        // Chinese: the character bigrams of the headline, then of the body, in text order
        assertThat(single(c, "SELECT search::text FROM dispatches WHERE id = 'zh'"))
            .isEqualTo("'中国':2B '举行':7B '会谈':1A,9B '和美':4B '国举':6B '国和':3B '美国':5B '行会':8B");
        assertThat(
                single(
                    c,
                    "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                        + " AND indexname = 'dispatches_search_idx'"))
            .contains("USING gin (search)");
        assertThat(single(c, "SELECT count(*) FROM dispatches")).isEqualTo("4");
      } finally {
        st.execute("RESET search_path");
      }
    }
  }

  private Flyway flyway(String target) {
    var config =
        Flyway.configure()
            .dataSource(db)
            .schemas(SCHEMA)
            .createSchemas(true)
            .locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }

  /** The rows whose stored tsvector matches q parsed in the given configuration. */
  private static List<String> matches(Connection c, String config, String q) throws Exception {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM dispatches WHERE search @@ websearch_to_tsquery(?::regconfig, ?)"
                + " ORDER BY id")) {
      ps.setString(1, config);
      ps.setString(2, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private static String single(Connection c, String sql) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }
}
