package io.dispatchline.query.store;

import io.dispatchline.query.consume.DispatchEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Writes batches of dispatch events with one idempotent upsert: a row is inserted once, and
 * rewritten only when its content changed, so redelivered records leave the table as it was.
 */
@ApplicationScoped
public class DispatchStore {

  private static final String UPSERT =
      """
      INSERT INTO dispatches (id, document_id, sequence, kind, headline, located, agency,
                              dateline_text, date_text, dispatch_date, body, word_count, language,
                              source_type, source_name, ingested_at, content_hash)
      SELECT u.id, u.document_id, u.sequence::integer, u.kind, u.headline, u.located, u.agency,
             u.dateline_text, u.date_text, u.dispatch_date::date, u.body, u.word_count::integer,
             u.language, u.source_type, u.source_name, u.ingested_at::timestamptz, u.content_hash
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::text[], ?::text[])
           AS u(id, document_id, sequence, kind, headline, located, agency, dateline_text,
                date_text, dispatch_date, body, word_count, language, source_type, source_name,
                ingested_at, content_hash)
      ON CONFLICT (id) DO UPDATE SET
          document_id = EXCLUDED.document_id, sequence = EXCLUDED.sequence, kind = EXCLUDED.kind,
          headline = EXCLUDED.headline, located = EXCLUDED.located, agency = EXCLUDED.agency,
          dateline_text = EXCLUDED.dateline_text, date_text = EXCLUDED.date_text,
          dispatch_date = EXCLUDED.dispatch_date, body = EXCLUDED.body,
          word_count = EXCLUDED.word_count, language = EXCLUDED.language,
          source_type = EXCLUDED.source_type, source_name = EXCLUDED.source_name,
          ingested_at = EXCLUDED.ingested_at, content_hash = EXCLUDED.content_hash,
          updated_at = now()
        WHERE dispatches.content_hash IS DISTINCT FROM EXCLUDED.content_hash
      RETURNING id
      """;

  private static final String INSERT_DOCUMENTS =
      """
      INSERT INTO documents (id, source_type, source_name, ingested_at)
      SELECT u.id, u.source_type, u.source_name, u.ingested_at::timestamptz
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, source_type, source_name, ingested_at)
      ON CONFLICT (id) DO NOTHING
      """;

  private static final String DELETE_MENTIONS =
      "DELETE FROM dispatch_mentions WHERE dispatch_id = ANY(?::text[])";

  private static final String INSERT_MENTIONS =
      """
      INSERT INTO dispatch_mentions (dispatch_id, position, name, type)
      SELECT u.dispatch_id, u.position::integer, u.name, u.type
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(dispatch_id, position, name, type)
      """;

  private final EntityManager em;

  public DispatchStore(EntityManager em) {
    this.em = em;
  }

  /**
   * Upserts the events in one transaction; within a batch the last event of an id wins.
   *
   * @return how many rows were inserted or changed
   */
  @Transactional
  public int upsert(List<DispatchEvent> events) {
    if (events.isEmpty()) {
      return 0;
    }
    Map<String, DispatchEvent> byId = new LinkedHashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    List<DispatchEvent> unique = List.copyOf(byId.values());
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              insertDocuments(connection, unique);
              List<String> changed = upsertRows(connection, unique);
              replaceMentions(connection, changed, byId);
              return changed.size();
            });
  }

  private static void insertDocuments(Connection c, List<DispatchEvent> events)
      throws SQLException {
    Map<String, DispatchEvent> firstOfDocument = new LinkedHashMap<>();
    events.forEach(e -> firstOfDocument.putIfAbsent(e.documentId(), e));
    List<String> ids = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> times = new ArrayList<>();
    for (DispatchEvent e : firstOfDocument.values()) {
      ids.add(e.documentId());
      types.add(e.source() == null ? null : e.source().type());
      names.add(e.source() == null ? null : e.source().name());
      times.add(ingestedAt(e));
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_DOCUMENTS)) {
      ps.setArray(1, textArray(c, ids));
      ps.setArray(2, textArray(c, types));
      ps.setArray(3, textArray(c, names));
      ps.setArray(4, textArray(c, times));
      ps.executeUpdate();
    }
  }

  private static String ingestedAt(DispatchEvent e) {
    return e.source() == null || e.source().ingestedAt() == null
        ? null
        : e.source().ingestedAt().toString();
  }

  private static List<String> upsertRows(Connection c, List<DispatchEvent> events)
      throws SQLException {
    int n = events.size();
    String[][] columns = new String[17][n];
    for (int i = 0; i < n; i++) {
      DispatchEvent e = events.get(i);
      String[] row = {
        e.id(),
        e.documentId(),
        Integer.toString(e.sequence()),
        e.kind(),
        e.headline(),
        e.located(),
        e.agency(),
        e.datelineText(),
        e.dateText(),
        e.date() == null ? null : e.date().toString(),
        e.body(),
        Integer.toString(e.wordCount()),
        e.language(),
        e.source() == null ? null : e.source().type(),
        e.source() == null ? null : e.source().name(),
        ingestedAt(e),
        ContentHash.of(e)
      };
      for (int col = 0; col < row.length; col++) {
        columns[col][i] = row[col];
      }
    }
    List<String> changed = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      for (int col = 0; col < columns.length; col++) {
        ps.setArray(col + 1, c.createArrayOf("text", columns[col]));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changed.add(rs.getString(1));
        }
      }
    }
    return changed;
  }

  private static void replaceMentions(
      Connection c, List<String> changedIds, Map<String, DispatchEvent> byId) throws SQLException {
    if (changedIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(DELETE_MENTIONS)) {
      ps.setArray(1, c.createArrayOf("text", changedIds.toArray()));
      ps.executeUpdate();
    }
    List<String> ids = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (String id : changedIds) {
      List<DispatchEvent.Mention> mentions = byId.get(id).mentions();
      if (mentions == null) {
        continue;
      }
      for (int i = 0; i < mentions.size(); i++) {
        ids.add(id);
        positions.add(Integer.toString(i));
        names.add(mentions.get(i).name());
        types.add(mentions.get(i).type());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_MENTIONS)) {
      ps.setArray(1, textArray(c, ids));
      ps.setArray(2, textArray(c, positions));
      ps.setArray(3, textArray(c, names));
      ps.setArray(4, textArray(c, types));
      ps.executeUpdate();
    }
  }

  private static Array textArray(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }
}
