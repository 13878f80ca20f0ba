package io.dispatchline.query.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the read statements of the query API from a fixed set of SQL fragments. Nothing the caller
 * sent is ever part of the SQL text: every value is a bind parameter in {@link Statement#params()}.
 * A statement with a query also takes the stored rows' {@link SearchLanguages}: the query is built
 * in each of their configurations ({@link TextMatch}; the configuration names, which PostgreSQL
 * gave, are the only names from the database in the text), and ranks and snippets use the row's.
 */
public final class DispatchSql {

  private DispatchSql() {}

  /** SQL text with its bind parameters, in order. */
  public record Statement(String sql, List<Object> params) {}

  static final String COLUMNS =
      "d.id, d.document_id, d.sequence, d.kind, d.headline, d.located, d.agency,"
          + " d.dateline_text, d.date_text, d.dispatch_date, d.body, d.word_count, d.language,"
          + " d.source_type, d.source_name, d.ingested_at, d.stored_seq";

  /** ts_headline: fragments around the hits, markers replaced by {@code <mark>} afterwards. */
  static final char MARK_START = '\u0002';

  static final char MARK_STOP = '\u0003';
  static final String HEADLINE_OPTIONS =
      "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2,"
          + " FragmentDelimiter=\" … \"";

  /**
   * The snippet: ts_headline parses the whole text it is given (about 0.3 ms for a 3 KB body here,
   * most of a search page's cost), so it gets the body's first {@value #SNIPPET_CHARS} characters,
   * and the whole body only when they hold no hit.
   */
  static final int SNIPPET_CHARS = 800;

  // page.tsq is the row's own query; ts_headline parses the text in the row's configuration. CJK
  // rows are stored as bigrams, which the body's text does not show: their snippet is the start
  // of the body, without marks, and never needs the whole body.
  private static final String SNIPPET =
      "CASE WHEN strpos(head.text, chr(2)) > 0 OR dispatch_search_cjk(page.language)"
          // the body itself (weight B in the stored tsvector) has no hit: the headline had them
          + " OR NOT ts_filter(page.search, '{b}') @@ page.tsq THEN head.text"
          + " ELSE ts_headline(dispatch_search_config(page.language), page.body, page.tsq, ?)"
          + " END AS snippet";
  private static final String SNIPPET_HEAD =
      ", LATERAL (SELECT ts_headline(dispatch_search_config(page.language), left(page.body, "
          + SNIPPET_CHARS
          + "), page.tsq, ?) AS text) head";

  private static final String SORT_DATE = "coalesce(d.dispatch_date, '-infinity'::date)";

  /** {@code ts_rank_cd} of the row's own query. */
  private static void rank(TextMatch text, StringBuilder sql, List<Object> params) {
    sql.append("ts_rank_cd(d.search, ");
    text.rowQuery(sql, params);
    sql.append(')');
  }

  /** FROM and WHERE for the filters; the query, when given, is {@link TextMatch}'s relations. */
  static void fromWhere(
      SearchFilter f, SearchLanguages langs, StringBuilder sql, List<Object> params) {
    fromWhere(f, text(f, langs), sql, params, true);
  }

  /** The query's SQL, or null without a query. */
  private static TextMatch text(SearchFilter f, SearchLanguages langs) {
    if (!f.hasQuery()) {
      return null;
    }
    if (langs == null) {
      throw new IllegalArgumentException("a query needs the stored languages");
    }
    return new TextMatch(f.q(), langs);
  }

  /**
   * The same; with {@code matchText} false the query is only in FROM, not a condition (the walk
   * evaluates it per row).
   */
  private static void fromWhere(
      SearchFilter f, TextMatch text, StringBuilder sql, List<Object> params, boolean matchText) {
    sql.append(" FROM dispatches d");
    if (text != null) {
      text.from(sql, params);
    }
    sql.append(" WHERE true");
    if (text != null && matchText) {
      sql.append(" AND ");
      text.match(sql, params);
    }
    if (f.agency() != null) {
      sql.append(" AND d.agency = ?");
      params.add(f.agency());
    }
    if (f.located() != null) {
      sql.append(" AND d.located = ?");
      params.add(f.located());
    }
    if (f.kind() != null) {
      sql.append(" AND d.kind = ?");
      params.add(f.kind());
    }
    if (f.language() != null) {
      sql.append(" AND d.language = ?");
      params.add(f.language());
    }
    if (f.documentId() != null) {
      sql.append(" AND d.document_id = ?");
      params.add(f.documentId());
    }
    // The date range is written on the sort expression, so that the (agency|located, date)
    // indexes and the date-order index can seek to it; undated rows stay out, as they must.
    if (f.from() != null) {
      sql.append(" AND ").append(SORT_DATE).append(" >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND ").append(SORT_DATE).append(" <= ? AND d.dispatch_date IS NOT NULL");
      params.add(f.to());
    }
    if (f.mention() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM dispatch_mentions m"
              + " WHERE m.dispatch_id = d.id AND lower(m.name) = lower(?))");
      params.add(f.mention());
    }
  }

  /**
   * One page: at most {@code limit} rows after the keyset position {@code after} (null for the
   * first page). The keyset values are strings checked by the caller: DATE {@code [date or
   * "-infinity", id]}, RELEVANCE {@code [rank, id]}, DOCUMENT {@code [ingestedAt, documentId,
   * sequence]}. ts_headline runs on the page's rows only.
   */
  public static Statement page(SearchFilter f, SortOrder sort, List<String> after, int limit) {
    return page(f, null, sort, after, limit, false);
  }

  /**
   * The same for any filter; {@code langs} (needed with a query) are the stored rows' languages,
   * {@code summary} leaves the body out of the rows (list pages without bodies).
   */
  public static Statement page(
      SearchFilter f,
      SearchLanguages langs,
      SortOrder sort,
      List<String> after,
      int limit,
      boolean summary) {
    if (sort == SortOrder.RELEVANCE && !f.hasQuery()) {
      throw new IllegalArgumentException("relevance needs a query");
    }
    TextMatch text = text(f, langs);
    List<Object> params = new ArrayList<>();
    StringBuilder inner = new StringBuilder("SELECT ");
    if (text == null) {
      inner.append("NULL AS snippet, ");
    }
    inner.append(
        summary && text == null ? COLUMNS.replace("d.body", "NULL::text AS body") : COLUMNS);
    inner.append(", ");
    if (text == null) {
      inner.append("NULL::real");
    } else {
      rank(text, inner, params);
    }
    inner.append(" AS rank");
    if (text != null) {
      inner.append(", ");
      text.rowQuery(inner, params);
      inner.append(" AS tsq, d.search");
    }
    fromWhere(f, text, inner, params, true);
    if (after != null) {
      switch (sort) {
        case DATE -> {
          inner.append(" AND (").append(SORT_DATE).append(", d.id) < (?::date, ?)");
          params.add(after.get(0));
          params.add(after.get(1));
        }
        case RELEVANCE -> {
          inner.append(" AND (");
          rank(text, inner, params);
          inner.append(", d.id) < (?::real, ?)");
          params.add(after.get(0));
          params.add(after.get(1));
        }
        case DOCUMENT -> {
          inner.append(" AND (d.ingested_at, d.document_id, d.sequence) > (?::timestamptz, ?, ?)");
          params.add(after.get(0));
          params.add(after.get(1));
          params.add(Integer.parseInt(after.get(2)));
        }
      }
    }
    inner.append(" ORDER BY ").append(orderBy(sort, "d.")).append(" LIMIT ?");
    params.add(limit);
    if (text == null) {
      return new Statement(inner.toString(), params);
    }
    String sql =
        "WITH page AS MATERIALIZED ("
            + inner
            + ") SELECT "
            + SNIPPET
            + ", "
            + pageColumns(summary)
            + " FROM page"
            + SNIPPET_HEAD
            + " ORDER BY "
            + orderBy(sort, "page.");
    params.add(HEADLINE_OPTIONS);
    params.add(HEADLINE_OPTIONS);
    return new Statement(sql, params);
  }

  /**
   * The walk of the date order for a query: the rows the other filters select, newest first from
   * the key {@code from} (exclusive, or inclusive with {@code inclusive}; null: from the top), each
   * tested against the query, at most {@code window} rows read, stopping at the {@code want}-th
   * match. Columns: {@code id}, {@code k} (the date key as text), {@code hit}, {@code pos} (1-based
   * position in the walk). The row at position {@code window}, match or not, is always returned if
   * it is reached: it is where the walk stopped, and where {@link #matchesAfter} goes on.
   *
   * <p>The inner LIMIT makes PostgreSQL read the date-order index (or the agency/place one) in
   * order and stop, whatever it estimates for the query; a common word ends the walk after a few
   * dozen rows, where the GIN path would find and sort every match.
   */
  public static Statement walk(
      SearchFilter f,
      SearchLanguages langs,
      List<String> from,
      boolean inclusive,
      int window,
      int want) {
    TextMatch text = text(f, langs);
    List<Object> params = new ArrayList<>();
    StringBuilder inner = new StringBuilder("SELECT d.id, ").append(SORT_DATE).append(" AS k, ");
    text.hit(inner, params);
    inner.append(" AS hit");
    fromWhere(f, text, inner, params, false);
    keyBound(inner, params, from, inclusive);
    inner.append(" ORDER BY ").append(orderBy(SortOrder.DATE, "d.")).append(" LIMIT ?");
    params.add(window);
    String sql =
        "SELECT w.id, w.k::text AS k, w.hit, w.pos FROM (SELECT s.id, s.k, s.hit,"
            + " row_number() OVER (ORDER BY s.k DESC, s.id DESC ROWS UNBOUNDED PRECEDING) AS pos"
            + " FROM ("
            + inner
            + ") s) w WHERE w.hit OR w.pos = ? LIMIT ?";
    params.add(window);
    params.add(want);
    return new Statement(sql, params);
  }

  /**
   * The GIN path: the first {@code limit} matches in date order after the key {@code from}
   * (exclusive), found through the text index and sorted. Columns {@code id}, {@code k}.
   */
  public static Statement matchesAfter(
      SearchFilter f, SearchLanguages langs, List<String> from, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT d.id, ").append(SORT_DATE).append("::text AS k");
    fromWhere(f, text(f, langs), sql, params, true);
    keyBound(sql, params, from, false);
    sql.append(" ORDER BY ").append(orderBy(SortOrder.DATE, "d.")).append(" LIMIT ?");
    params.add(limit);
    return new Statement(sql.toString(), params);
  }

  private static void keyBound(
      StringBuilder sql, List<Object> params, List<String> from, boolean inclusive) {
    if (from != null) {
      sql.append(" AND (")
          .append(SORT_DATE)
          .append(", d.id) ")
          .append(inclusive ? "<=" : "<")
          .append(" (?::date, ?)");
      params.add(from.get(0));
      params.add(from.get(1));
    }
  }

  /**
   * Page rows by id for a query: {@code sort} DATE orders them by the date key, RELEVANCE ranks
   * them ({@code ts_rank_cd}) and keeps those after {@code afterRank} ({@code [rank, id]}, or null)
   * up to {@code limit}. The snippet is computed for the page's rows only; {@code summary} leaves
   * the body out of the answer.
   */
  public static Statement rowsByIds(
      SearchFilter f,
      SearchLanguages langs,
      SortOrder sort,
      String[] ids,
      List<String> afterRank,
      int limit,
      boolean summary) {
    TextMatch text = text(f, langs);
    List<Object> params = new ArrayList<>();
    StringBuilder inner = new StringBuilder("SELECT ").append(COLUMNS).append(", ");
    rank(text, inner, params);
    inner.append(" AS rank, ");
    text.rowQuery(inner, params);
    inner.append(" AS tsq, d.search");
    fromWhere(f, text, inner, params, false);
    inner.append(" AND d.id = ANY(?::text[])");
    params.add(ids);
    if (afterRank != null) {
      inner.append(" AND (");
      rank(text, inner, params);
      inner.append(", d.id) < (?::real, ?)");
      params.add(afterRank.get(0));
      params.add(afterRank.get(1));
    }
    inner.append(" ORDER BY ").append(orderBy(sort, "d.")).append(" LIMIT ?");
    params.add(limit);
    String columns = pageColumns(summary);
    String sql =
        "WITH page AS MATERIALIZED ("
            + inner
            + ") SELECT "
            + SNIPPET
            + ", "
            + columns
            + " FROM page"
            + SNIPPET_HEAD
            + " ORDER BY "
            + orderBy(sort, "page.");
    params.add(HEADLINE_OPTIONS);
    params.add(HEADLINE_OPTIONS);
    return new Statement(sql, params);
  }

  /** The page's columns as the reader reads them (not the tsvector), without the body if asked. */
  private static String pageColumns(boolean summary) {
    String columns = summary ? COLUMNS.replace("d.body", "NULL::text AS body") : COLUMNS;
    return columns.replace("d.", "page.") + ", page.rank";
  }

  private static String orderBy(SortOrder sort, String t) {
    return switch (sort) {
      case DATE -> "coalesce(" + t + "dispatch_date, '-infinity'::date) DESC, " + t + "id DESC";
      case RELEVANCE -> "rank DESC, " + t + "id DESC";
      case DOCUMENT -> t + "ingested_at, " + t + "document_id, " + t + "sequence";
    };
  }

  /** Rows stored after {@code afterSeq} up to {@code uptoSeq} inclusive, in store order. */
  public static Statement storedSince(
      SearchFilter f, SearchLanguages langs, long afterSeq, long uptoSeq, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT NULL AS snippet, ")
            .append(COLUMNS)
            .append(", NULL::real AS rank");
    fromWhere(f, langs, sql, params);
    sql.append(" AND d.stored_seq > ? AND d.stored_seq <= ? ORDER BY d.stored_seq LIMIT ?");
    params.add(afterSeq);
    params.add(uptoSeq);
    params.add(limit);
    return new Statement(sql.toString(), params);
  }

  /** The facet dimensions and the column (or mention name) each counts. */
  public enum Facet {
    AGENCY,
    LOCATED,
    MENTION,
    DATE,
    KIND,
    LANGUAGE
  }

  /**
   * Counts for one facet over the filtered rows: the {@code top} most frequent values (for DATE:
   * the {@code top} most recent days), as (value text, count).
   */
  public static Statement facet(SearchFilter f, SearchLanguages langs, Facet facet, int top) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    switch (facet) {
      case AGENCY -> sql.append("SELECT d.agency AS value, count(*) AS n");
      case LOCATED -> sql.append("SELECT d.located AS value, count(*) AS n");
      case KIND -> sql.append("SELECT d.kind AS value, count(*) AS n");
      case LANGUAGE -> sql.append("SELECT d.language AS value, count(*) AS n");
      case DATE -> sql.append("SELECT d.dispatch_date::text AS value, count(*) AS n");
      case MENTION -> sql.append("SELECT fm.name AS value, count(DISTINCT d.id) AS n");
    }
    fromWhere(f, langs, sql, params);
    switch (facet) {
      case AGENCY -> sql.append(" AND d.agency IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1");
      case LOCATED -> sql.append(" AND d.located IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1");
      case KIND, LANGUAGE -> sql.append(" GROUP BY 1 ORDER BY 2 DESC, 1");
      case DATE -> sql.append(" AND d.dispatch_date IS NOT NULL GROUP BY 1 ORDER BY 1 DESC");
      case MENTION -> {
        // the join comes after the filters' FROM: rewrite "FROM dispatches d" once
        int at = sql.indexOf(" FROM dispatches d") + " FROM dispatches d".length();
        sql.insert(at, " JOIN dispatch_mentions fm ON fm.dispatch_id = d.id");
        sql.append(" GROUP BY 1 ORDER BY 2 DESC, 1");
      }
    }
    sql.append(" LIMIT ?");
    params.add(top);
    return new Statement(sql.toString(), params);
  }

  /** How many rows the filters select. */
  public static Statement count(SearchFilter f, SearchLanguages langs) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT count(*)");
    fromWhere(f, langs, sql, params);
    return new Statement(sql.toString(), params);
  }
}
