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
import java.util.List;
import org.junit.jupiter.api.Test;

/** stored_seq: new on insert and on a content change, untouched by an unchanged redelivery. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class StoredSeqTest {

  @Inject DispatchStore store;
  @Inject AgroalDataSource db;
  @Inject StreamHorizon horizon;

  @Test
  void storedSeqMovesOnlyWhenContentChanges() throws Exception {
    DispatchEvent e = Events.dispatch(Events.newId(), Events.newId(), 0, "First text.");
    store.upsert(List.of(e));
    long first = seq(e.id());
    store.upsert(List.of(e));
    assertThat(seq(e.id())).isEqualTo(first);
    store.upsert(List.of(Events.withBody(e, "Second text.")));
    assertThat(seq(e.id())).isGreaterThan(first);
  }

  @Test
  void theHorizonReachesCommittedRows() throws Exception {
    DispatchEvent e = Events.dispatch(Events.newId(), Events.newId(), 0, "Horizon text.");
    store.upsert(List.of(e));
    long s = seq(e.id());
    long deadline = System.currentTimeMillis() + 10_000;
    while (horizon.current() < s && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(horizon.current()).isGreaterThanOrEqualTo(s);
  }

  private long seq(String id) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT stored_seq FROM dispatches WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }
}
