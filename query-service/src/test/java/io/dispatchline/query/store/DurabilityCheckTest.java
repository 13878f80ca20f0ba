package io.dispatchline.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.dispatchline.local.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DurabilityCheckTest {

  @Inject DurabilityCheck check;
  @Inject AgroalDataSource dataSource;

  @Test
  void theTestStacksPostgresIsDurableSoNothingIsReported() throws SQLException {
    assertThat(check.settingsNotOn()).isEmpty();
  }

  @Test
  void aSettingThatIsOffIsReportedWithItsValue() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit TO off"); // this session only
      assertThat(DurabilityCheck.settingsNotOn(c)).isEqualTo(Map.of("synchronous_commit", "off"));
      s.execute("RESET synchronous_commit");
    }
  }
}
