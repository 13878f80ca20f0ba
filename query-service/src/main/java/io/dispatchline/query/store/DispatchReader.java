package io.dispatchline.query.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads for the query API: searches, pages, facets and the stream in plain JDBC (the statements
 * come from {@link DispatchSql}); lookups by key through the Panache entities.
 */
@ApplicationScoped
public class DispatchReader {

  private final AgroalDataSource db;
  private final int candidates;

  public DispatchReader(
      AgroalDataSource db,
      @ConfigProperty(
              name = "dispatchline.search.candidates",
              defaultValue = "" + SearchPlan.DEFAULT_CANDIDATES)
          int candidates) {
    this.db = db;
    this.candidates = candidates;
  }

  /** A page of rows (with mentions); ask for one more than you show to know if more follow. */
  public List<DispatchRow> page(SearchFilter f, SortOrder sort, List<String> after, int limit) {
    return page(f, sort, after, limit, false).rows();
  }

  /** The same, with the candidate window of a relevance page; {@code summary}: no bodies. */
  public Page page(SearchFilter f, SortOrder sort, List<String> after, int limit, boolean summary) {
    try (Connection c = db.getConnection()) {
      return page(c, f, sort, after, limit, plan(c), summary);
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }

  /**
   * A page and, for {@code sort=relevance}, the top of its candidate window ({@code [date key,
   * id]}: the newest candidate), which the cursor carries so that every page ranks the same
   * candidates. Null for other sorts.
   */
  public record Page(List<DispatchRow> rows, List<String> window) {}

  private volatile SearchPlan cachedPlan;
  private volatile long planAt;

  /** The search plan for the table's current size, estimated at most every 30 s. */
  private SearchPlan plan(Connection c) throws SQLException {
    long now = System.nanoTime();
    SearchPlan p = cachedPlan;
    if (p == null || now - planAt > 30_000_000_000L) {
      p = plan(c, candidates);
      cachedPlan = p;
      planAt = now;
    }
    return p;
  }

  /** The plan for the table's size as PostgreSQL estimates it (the benchmark uses it too). */
  public static SearchPlan plan(Connection c, int candidates) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT greatest(reltuples, 0)::bigint FROM pg_class"
                    + " WHERE oid = 'dispatches'::regclass");
        ResultSet rs = ps.executeQuery()) {
      return new SearchPlan(rs.next() ? rs.getLong(1) : 0, candidates);
    }
  }

  /**
   * A page as the API serves it, on a given connection (the benchmark runs exactly this through
   * plain JDBC). Without a query, or in document order: one statement. With a query, newest first:
   * the walk, the GIN path only if the walk did not fill the page, then the page's rows by id. By
   * relevance: the candidates (the {@link SearchPlan#candidates()} newest matches from the cursor's
   * window top, found the same way), ranked, after the cursor's (rank, id).
   */
  public static Page page(
      Connection c,
      SearchFilter f,
      SortOrder sort,
      List<String> after,
      int limit,
      SearchPlan plan,
      boolean summary)
      throws SQLException {
    SearchLanguages langs = languages(c, f);
    if (!f.hasQuery() || sort == SortOrder.DOCUMENT) {
      return new Page(
          rows(c, DispatchSql.page(f, langs, sort, after, limit, summary), !summary), null);
    }
    if (sort == SortOrder.DATE) {
      List<String[]> keys = firstMatches(c, f, langs, after, false, limit, plan.walkRows(limit));
      return new Page(byIds(c, f, langs, sort, keys, null, limit, summary), null);
    }
    List<String> top = after != null && after.size() == 4 ? after.subList(2, 4) : null;
    List<String[]> candidates =
        firstMatches(c, f, langs, top, true, plan.candidates(), plan.walkRows(plan.candidates()));
    if (candidates.isEmpty()) {
      return new Page(List.of(), null);
    }
    List<String> window = top != null ? top : List.of(candidates.get(0)[1], candidates.get(0)[0]);
    List<String> afterRank = after == null ? null : after.subList(0, 2);
    return new Page(byIds(c, f, langs, sort, candidates, afterRank, limit, summary), window);
  }

  /** The stored languages a query is built for; none needed without a query. */
  private static SearchLanguages languages(Connection c, SearchFilter f) throws SQLException {
    return f.hasQuery() ? SearchLanguages.read(c, f.language()) : null;
  }

  /**
   * The first {@code want} matches in date order from {@code from} (exclusive, or inclusive), as
   * {@code [id, date key]}: the walk first, the GIN path after the walk's last row if the walk
   * found too few. Exact either way: every row before the walk's end was tested.
   */
  static List<String[]> firstMatches(
      Connection c,
      SearchFilter f,
      SearchLanguages langs,
      List<String> from,
      boolean inclusive,
      int want,
      int window)
      throws SQLException {
    List<String[]> hits = new ArrayList<>();
    List<String> end = null;
    try (PreparedStatement ps =
            prepare(c, DispatchSql.walk(f, langs, from, inclusive, window, want));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rs.getBoolean("hit")) {
          hits.add(new String[] {rs.getString("id"), rs.getString("k")});
        }
        if (rs.getLong("pos") == window) {
          end = List.of(rs.getString("k"), rs.getString("id"));
        }
      }
    }
    if (hits.size() < want && end != null) {
      try (PreparedStatement ps =
              prepare(c, DispatchSql.matchesAfter(f, langs, end, want - hits.size()));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(new String[] {rs.getString("id"), rs.getString("k")});
        }
      }
    }
    return hits;
  }

  private static List<DispatchRow> byIds(
      Connection c,
      SearchFilter f,
      SearchLanguages langs,
      SortOrder sort,
      List<String[]> keys,
      List<String> afterRank,
      int limit,
      boolean summary)
      throws SQLException {
    if (keys.isEmpty()) {
      return List.of();
    }
    String[] ids = keys.stream().map(k -> k[0]).toArray(String[]::new);
    return rows(c, DispatchSql.rowsByIds(f, langs, sort, ids, afterRank, limit, summary), !summary);
  }

  /** One dispatch with its mentions, by id (through its entity: a plain lookup by key). */
  public Optional<DispatchRow> byId(String id) {
    try {
      return DispatchEntity.<DispatchEntity>findByIdOptional(id).map(DispatchReader::row);
    } catch (PersistenceException e) {
      throw new StoreReadException(e);
    }
  }

  /** A stored document and its dispatches in sequence order, if the document is known. */
  public Optional<DocumentRow> document(String id) {
    try {
      return documentEntity(id);
    } catch (PersistenceException e) {
      throw new StoreReadException(e);
    }
  }

  private static Optional<DocumentRow> documentEntity(String id) {
    return DocumentEntity.<DocumentEntity>findByIdOptional(id)
        .map(
            d ->
                new DocumentRow(
                    d.id,
                    d.sourceType,
                    d.sourceName,
                    d.ingestedAt,
                    DispatchEntity.<DispatchEntity>list(
                            "documentId", Sort.by("sequence").and("id"), id)
                        .stream()
                        .map(DispatchReader::row)
                        .toList()));
  }

  private static DispatchRow row(DispatchEntity e) {
    return new DispatchRow(
        e.id,
        e.documentId,
        e.sequence,
        e.kind,
        e.headline,
        e.located,
        e.agency,
        e.datelineText,
        e.dateText,
        e.date,
        e.body,
        e.wordCount,
        e.language,
        e.sourceType,
        e.sourceName,
        e.ingestedAt,
        e.storedSeq == null ? 0 : e.storedSeq,
        null,
        null,
        e.mentions.stream().map(m -> new DispatchRow.Mention(m.name, m.type)).toList());
  }

  /** A document as stored, with its dispatches in order. */
  public record DocumentRow(
      String id,
      String sourceType,
      String sourceName,
      java.time.Instant ingestedAt,
      List<DispatchRow> items) {}

  /** One facet value and how many filtered dispatches have it. */
  public record FacetCount(String value, long count) {}

  public Map<DispatchSql.Facet, List<FacetCount>> facets(SearchFilter f, int top) {
    Map<DispatchSql.Facet, List<FacetCount>> out = new LinkedHashMap<>();
    try (Connection c = db.getConnection()) {
      SearchLanguages langs = languages(c, f);
      for (DispatchSql.Facet facet : DispatchSql.Facet.values()) {
        List<FacetCount> counts = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, DispatchSql.facet(f, langs, facet, top));
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            counts.add(new FacetCount(rs.getString(1), rs.getLong(2)));
          }
        }
        out.put(facet, counts);
      }
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
    return out;
  }

  public long count(SearchFilter f) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = prepare(c, DispatchSql.count(f, languages(c, f)));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }

  /**
   * Matching rows stored after {@code afterSeq} up to {@code uptoSeq}, in store order. The caller's
   * horizon was taken first, so every row up to it is committed and its language is read here.
   */
  public List<DispatchRow> storedSince(SearchFilter f, long afterSeq, long uptoSeq, int limit) {
    try (Connection c = db.getConnection()) {
      return rows(c, DispatchSql.storedSince(f, languages(c, f), afterSeq, uptoSeq, limit));
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }

  /** Runs a statement built by {@link DispatchSql} and reads its rows, mentions included. */
  public List<DispatchRow> rows(DispatchSql.Statement statement) {
    try (Connection c = db.getConnection()) {
      return rows(c, statement);
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }

  /** The same on a given connection (the benchmark runs the service's SQL through plain JDBC). */
  public static List<DispatchRow> rows(Connection c, DispatchSql.Statement statement)
      throws SQLException {
    return rows(c, statement, true);
  }

  private static List<DispatchRow> rows(
      Connection c, DispatchSql.Statement statement, boolean mentions) throws SQLException {
    List<DispatchRow> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, statement);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(read(rs));
      }
    }
    return mentions ? withMentions(c, rows) : rows;
  }

  public static PreparedStatement prepare(Connection c, DispatchSql.Statement s)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(s.sql());
    for (int i = 0; i < s.params().size(); i++) {
      ps.setObject(i + 1, s.params().get(i));
    }
    return ps;
  }

  private static DispatchRow read(ResultSet rs) throws SQLException {
    float rank = rs.getFloat("rank");
    Float boxedRank = rs.wasNull() ? null : rank;
    return new DispatchRow(
        rs.getString("id"),
        rs.getString("document_id"),
        rs.getInt("sequence"),
        rs.getString("kind"),
        rs.getString("headline"),
        rs.getString("located"),
        rs.getString("agency"),
        rs.getString("dateline_text"),
        rs.getString("date_text"),
        rs.getObject("dispatch_date", LocalDate.class),
        rs.getString("body"),
        rs.getInt("word_count"),
        rs.getString("language"),
        rs.getString("source_type"),
        rs.getString("source_name"),
        rs.getObject("ingested_at", OffsetDateTime.class).toInstant(),
        rs.getLong("stored_seq"),
        boxedRank,
        Snippets.toHtml(rs.getString("snippet")),
        List.of());
  }

  private static List<DispatchRow> withMentions(Connection c, List<DispatchRow> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<String, List<DispatchRow.Mention>> byId = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT dispatch_id, name, type FROM dispatch_mentions"
                + " WHERE dispatch_id = ANY(?) ORDER BY dispatch_id, position")) {
      ps.setArray(1, c.createArrayOf("text", rows.stream().map(DispatchRow::id).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byId.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new DispatchRow.Mention(rs.getString(2), rs.getString(3)));
        }
      }
    }
    return rows.stream().map(r -> r.withMentions(byId.getOrDefault(r.id(), List.of()))).toList();
  }
}
