package io.dispatchline.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DispatchStoreTest {

  @Inject DispatchStore store;
  @Inject AgroalDataSource dataSource;

  @Test
  void redeliveredEventsStoreOneRowAndChangeNothing() throws SQLException {
    String doc = Events.newId();
    DispatchEvent a = Events.dispatch(Events.newId(), doc, 0, "First body.");
    DispatchEvent b = Events.dispatch(Events.newId(), doc, 1, "Second body.");

    assertThat(store.upsert(List.of(a, b))).isEqualTo(2);
    Instant updatedBefore = updatedAt(a.id());

    // The same batch again, and a batch that repeats an id within itself.
    assertThat(store.upsert(List.of(a, b))).isZero();
    assertThat(store.upsert(List.of(a, a, b))).isZero();

    assertThat(count("SELECT count(*) FROM dispatches WHERE document_id = ?", doc)).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM dispatch_mentions WHERE dispatch_id = ?", a.id()))
        .isEqualTo(1);
    assertThat(updatedAt(a.id())).isEqualTo(updatedBefore);
  }

  @Test
  void reingestingTheSameTextLaterKeepsTheFirstIngestionTime() throws SQLException {
    DispatchEvent first = Events.dispatch(Events.newId(), Events.newId(), 0, "Body.");
    DispatchEvent later =
        new DispatchEvent(
            first.id(),
            first.documentId(),
            0,
            first.kind(),
            first.headline(),
            first.located(),
            first.agency(),
            first.datelineText(),
            first.dateText(),
            first.date(),
            first.body(),
            first.wordCount(),
            first.language(),
            first.mentions(),
            new DispatchEvent.Source("file", "test", Instant.parse("2027-01-01T00:00:00Z")));

    store.upsert(List.of(first));
    assertThat(store.upsert(List.of(later))).isZero();

    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT ingested_at FROM dispatches WHERE id = ?")) {
      ps.setString(1, first.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(first.source().ingestedAt());
      }
    }
  }

  @Test
  void changedContentRewritesTheRowAndItsMentions() throws SQLException {
    DispatchEvent original = Events.dispatch(Events.newId(), Events.newId(), 0, "Old body.");
    store.upsert(List.of(original));

    DispatchEvent changed =
        new DispatchEvent(
            original.id(),
            original.documentId(),
            0,
            original.kind(),
            original.headline(),
            original.located(),
            original.agency(),
            original.datelineText(),
            original.dateText(),
            original.date(),
            "New body.",
            2,
            original.language(),
            List.of(
                new DispatchEvent.Mention("Kyrgyzstan", "place"),
                new DispatchEvent.Mention("Li Qiang", "person")),
            original.source());

    assertThat(store.upsert(List.of(changed))).isEqualTo(1);

    DispatchEntity stored = DispatchEntity.findById(original.id());
    assertThat(stored.body).isEqualTo("New body.");
    assertThat(stored.mentions).extracting(m -> m.name).containsExactly("Kyrgyzstan", "Li Qiang");
  }

  @Test
  void searchVectorIsComputedFromHeadlineAndBody() throws SQLException {
    DispatchEvent e = Events.dispatch(Events.newId(), Events.newId(), 0, "Pipelines and railways.");
    store.upsert(List.of(e));
    assertThat(
            count(
                "SELECT count(*) FROM dispatches WHERE id = ? AND search @@"
                    + " websearch_to_tsquery('english', 'railway')",
                e.id()))
        .isEqualTo(1);
  }

  private long count(String sql, String param) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Instant updatedAt(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT updated_at FROM dispatches WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1).toInstant();
      }
    }
  }
}
