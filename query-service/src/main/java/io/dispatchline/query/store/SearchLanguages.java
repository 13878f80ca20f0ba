package io.dispatchline.query.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text-search configurations the stored rows use, each with the languages indexed in it: a
 * query is built once per configuration and matched against the rows of those languages ({@link
 * TextMatch}). Read fresh for every search, so a language stored a moment ago is found at once.
 */
public record SearchLanguages(List<Arm> arms) {

  /**
   * One configuration ({@code english}, …, {@code simple}), whether its rows are indexed as CJK
   * bigrams, and the language codes stored in it.
   */
  public record Arm(String config, boolean cjk, List<String> languages) {

    // regconfig prints a name qualified only if another schema's configuration hides it
    private static final Pattern NAME = Pattern.compile("([a-z_]+\\.)?[a-z_]+");

    /** The configuration's name goes into the SQL text: only a plain name is accepted. */
    public Arm {
      if (!NAME.matcher(config).matches()) {
        throw new IllegalArgumentException("not a configuration name: " + config);
      }
    }
  }

  /** For a store without rows: one arm that no row can match. */
  static final SearchLanguages NONE =
      new SearchLanguages(List.of(new Arm("simple", false, List.of())));

  /**
   * The distinct languages by a loose scan of {@code dispatches_language_idx} (one index descent
   * per language, about 0.15 ms for a handful), grouped by the migration's mapping.
   */
  private static final String SQL =
      """
      WITH RECURSIVE l(language) AS (
          (SELECT language FROM dispatches ORDER BY language LIMIT 1)
        UNION ALL
          SELECT (SELECT d.language FROM dispatches d WHERE d.language > l.language
                  ORDER BY d.language LIMIT 1)
          FROM l WHERE l.language IS NOT NULL)
      SELECT dispatch_search_config(language)::text, dispatch_search_cjk(language),
             array_agg(language ORDER BY language)
      FROM l WHERE language IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2
      """;

  /** A filter on one language needs no scan: its arm is all the query can match. */
  private static final String ONE =
      "SELECT dispatch_search_config(?)::text, dispatch_search_cjk(?)";

  /** The arms for a search; {@code onlyLanguage} is the language filter, or null. */
  public static SearchLanguages read(Connection c, String onlyLanguage) throws SQLException {
    if (onlyLanguage != null) {
      try (PreparedStatement ps = c.prepareStatement(ONE)) {
        ps.setString(1, onlyLanguage);
        ps.setString(2, onlyLanguage);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new SearchLanguages(
              List.of(new Arm(rs.getString(1), rs.getBoolean(2), List.of(onlyLanguage))));
        }
      }
    }
    List<Arm> arms = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Array languages = rs.getArray(3);
        arms.add(
            new Arm(
                rs.getString(1),
                rs.getBoolean(2),
                List.copyOf(Arrays.asList((String[]) languages.getArray()))));
        languages.free();
      }
    }
    return arms.isEmpty() ? NONE : new SearchLanguages(List.copyOf(arms));
  }
}
