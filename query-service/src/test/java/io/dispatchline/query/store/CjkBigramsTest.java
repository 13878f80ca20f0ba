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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query side of the CJK bigrams, and its agreement with the stored side (SQL). */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CjkBigramsTest {

  @Inject AgroalDataSource db;

  @Test
  void aRunOfThreeOrMoreBecomesAPhraseOfItsBigrams() {
    assertThat(CjkBigrams.query("举行会谈")).isEqualTo("\"举行 行会 会谈\"");
    assertThat(CjkBigrams.query("会谈")).isEqualTo("会谈");
    assertThat(CjkBigrams.query("会")).isEqualTo("会");
    assertThat(CjkBigrams.query("WTO会谈 or 中国")).isEqualTo("WTO 会谈 or 中国");
    assertThat(CjkBigrams.query("-举行会谈 trade")).isEqualTo("-\"举行 行会 会谈\" trade");
    // inside quotes the bigrams continue the phrase
    assertThat(CjkBigrams.query("\"美国举行\"")).isEqualTo("\" 美国 国举 举行 \"");
    assertThat(CjkBigrams.query("trade talks")).isEqualTo("trade talks");
    // a character outside the basic plane counts as one
    assertThat(CjkBigrams.query("𠀀𠀁𠀂")).isEqualTo("\"𠀀𠀁 𠀁𠀂\"");
  }

  @Test
  void theQueryFindsWhatTheStoredBigramsHold() throws Exception {
    try (Connection c = db.getConnection()) {
      assertThat(
              sql(
                  c,
                  "SELECT websearch_to_tsquery('simple', ?)::text",
                  CjkBigrams.query("-举行会谈 trade")))
          .isEqualTo("!( '举行' <-> '行会' <-> '会谈' ) & 'trade'");
      String stored = "to_tsvector('simple', dispatch_cjk_bigrams('中国和美国举行会谈，双方同意。'))";
      assertThat(matches(c, stored, "举行会谈")).isTrue();
      assertThat(matches(c, stored, "会谈举行")).isFalse();
      assertThat(matches(c, stored, "会谈双方")).isFalse(); // not across the comma
    }
  }

  @Test
  void javaAndSqlCutTheSameCharactersIntoBigrams() throws Exception {
    try (Connection c = db.getConnection()) {
      for (String text :
          List.of(
              "中国和美国举行会谈，双方同意加强WTO合作。",
              "東京で首脳会談が開かれた。カタカナー々",
              "mixed 中 text 〇〆 and 𠀀𠀁 planes",
              "no CJK at all",
              "")) {
        assertThat(CjkBigrams.text(text))
            .as(text)
            .isEqualTo(sql(c, "SELECT dispatch_cjk_bigrams(?)", text));
      }
    }
  }

  private static boolean matches(Connection c, String tsvector, String q) throws Exception {
    return "t"
        .equals(
            sql(
                c,
                "SELECT " + tsvector + " @@ websearch_to_tsquery('simple', ?)",
                CjkBigrams.query(q)));
  }

  private static String sql(Connection c, String sql, String arg) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
