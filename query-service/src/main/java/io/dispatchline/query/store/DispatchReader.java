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

/**
 * Reads for the query API: searches, pages, facets and the stream in plain JDBC (the statements
 * come from {@link DispatchSql}); lookups by key through the Panache entities.
 */
@ApplicationScoped
public class DispatchReader {

  private final AgroalDataSource db;

  public DispatchReader(AgroalDataSource db) {
    this.db = db;
  }

  /** A page of rows (with mentions); ask for one more than you show to know if more follow. */
  public List<DispatchRow> page(SearchFilter f, SortOrder sort, List<String> after, int limit) {
    return rows(DispatchSql.page(f, sort, after, limit));
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
      for (DispatchSql.Facet facet : DispatchSql.Facet.values()) {
        List<FacetCount> counts = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, DispatchSql.facet(f, facet, top));
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
        PreparedStatement ps = prepare(c, DispatchSql.count(f));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreReadException(e);
    }
  }

  /** Matching rows stored after {@code afterSeq} up to {@code uptoSeq}, in store order. */
  public List<DispatchRow> storedSince(SearchFilter f, long afterSeq, long uptoSeq, int limit) {
    return rows(DispatchSql.storedSince(f, afterSeq, uptoSeq, limit));
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
    List<DispatchRow> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, statement);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(read(rs));
      }
    }
    return withMentions(c, rows);
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
