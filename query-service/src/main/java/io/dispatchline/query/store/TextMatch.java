package io.dispatchline.query.store;

import java.util.List;

/**
 * The SQL of {@code q} over rows of several languages: the query is built in each configuration the
 * rows use ({@link SearchLanguages}), and each row is matched with the query of its own. The
 * queries are the one-row relations {@code q0}, {@code q1}, …; every fragment appends its bind
 * parameters in the order of its text.
 */
final class TextMatch {

  private final String q;
  private final List<SearchLanguages.Arm> arms;

  TextMatch(String q, SearchLanguages languages) {
    this.q = q;
    this.arms = languages.arms();
  }

  /**
   * The FROM items: each arm's query, a one-row relation {@code q0}, {@code q1}, … of its own. The
   * configuration is a literal (a name PostgreSQL gave, checked by {@link SearchLanguages.Arm}):
   * with a constant configuration and a single function per relation, the planner folds a custom
   * plan's query into a constant and estimates its matches from the column's statistics, as it did
   * for {@code websearch_to_tsquery('english', ?)}.
   */
  void from(StringBuilder sql, List<Object> params) {
    for (int i = 0; i < arms.size(); i++) {
      SearchLanguages.Arm arm = arms.get(i);
      sql.append(", websearch_to_tsquery('").append(arm.config()).append("', ?) AS q").append(i);
      params.add(arm.cjk() ? CjkBigrams.query(q) : q);
    }
  }

  /**
   * The match as a WHERE condition the GIN index serves: the index is scanned once for the OR of
   * the arms' queries (a superset: a row matching its own query matches the OR), and each row it
   * returns is then tested with its own query, so an English row never matches by a Spanish stem.
   * (Written as an OR of per-arm conditions instead, PostgreSQL's generic plan estimated the arms'
   * matches as many and walked the date index for rare words.)
   */
  void match(StringBuilder sql, List<Object> params) {
    if (arms.size() == 1) {
      sql.append("d.search @@ q0 AND ");
      languageIn(sql, params, 0);
      return;
    }
    sql.append("d.search @@ (");
    for (int i = 0; i < arms.size(); i++) {
      sql.append(i == 0 ? "" : " || ").append("q").append(i);
    }
    sql.append(") AND d.search @@ ");
    rowQuery(sql, params);
  }

  /** The match as a per-row test (the walk reads rows in date order and tests each). */
  void hit(StringBuilder sql, List<Object> params) {
    if (arms.size() == 1) {
      sql.append('(');
      languageIn(sql, params, 0);
      sql.append(" AND d.search @@ q0)");
      return;
    }
    sql.append("coalesce(d.search @@ ");
    rowQuery(sql, params);
    sql.append(", false)");
  }

  /** The row's own query, for ranking and snippets (null for a language in no arm). */
  void rowQuery(StringBuilder sql, List<Object> params) {
    if (arms.size() == 1) {
      sql.append("q0");
      return;
    }
    sql.append("CASE");
    for (int i = 0; i < arms.size(); i++) {
      sql.append(" WHEN ");
      languageIn(sql, params, i);
      sql.append(" THEN q").append(i);
    }
    sql.append(" END");
  }

  private void languageIn(StringBuilder sql, List<Object> params, int arm) {
    sql.append("d.language = ANY(?::text[])");
    params.add(arms.get(arm).languages().toArray(String[]::new));
  }
}
