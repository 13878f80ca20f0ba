package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run command's PostgreSQL keeps what it commits: fsync, synchronous commit and full-page
 * writes on, as {@code SHOW} reports them to a client, also after a restart. The fast mode exists
 * for tests only and says so.
 */
class PostgresDurabilityTest {

  private static final Map<String, String> ALL_ON =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  @Test
  void runConfigurationIsDurableUnlessFastModeIsAskedFor() {
    String[] runArgs = {"--data-dir", "/tmp/x", "--exit-on-stdin-eof"}; // as deploy/local/run
    assertThat(StackOptions.parse(runArgs, Map.of()).postgresDurability())
        .isEqualTo(PostgresDurability.DURABLE);
    assertThat(
            StackOptions.parse(runArgs, Map.of(PostgresDurability.ENV, "false"))
                .postgresDurability())
        .isEqualTo(PostgresDurability.DURABLE);
    assertThat(
            StackOptions.parse(runArgs, Map.of(PostgresDurability.ENV, "true"))
                .postgresDurability())
        .isEqualTo(PostgresDurability.FAST_UNSAFE_FOR_TESTS);
    String[] fast = {"--data-dir", "/tmp/x", "--postgres-fast-unsafe"};
    assertThat(StackOptions.parse(fast, Map.of()).postgresDurability())
        .isEqualTo(PostgresDurability.FAST_UNSAFE_FOR_TESTS);
  }

  @Test
  void defaultStackAnswersShowFsyncSynchronousCommitAndFullPageWritesWithOnAlsoAfterRestart()
      throws SQLException {
    LocalStackConfig free = LocalStackConfig.forTests();
    LocalStackConfig durable =
        new LocalStackConfig(free.kafkaPort(), free.postgresPort(), free.dataDir(), true);
    try (LocalStack stack = LocalStack.start(durable)) {
      assertThat(show(stack)).isEqualTo(ALL_ON);
      assertThat(stack.postgresDurability())
          .isEqualTo("durability=durable fsync=on synchronous_commit=on full_page_writes=on");

      stack.stopPostgres();
      stack.startPostgres();
      assertThat(show(stack)).isEqualTo(ALL_ON);
    }
  }

  @Test
  void fastModeRunsWithoutFsyncAndReportsItself() throws SQLException {
    try (LocalStack stack =
        LocalStack.start(LocalStackConfig.forTests().withFastUnsafePostgres())) {
      assertThat(show(stack))
          .isEqualTo(
              Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
      assertThat(stack.postgresDurability()).startsWith("durability=fast-unsafe-for-tests ");
    }
  }

  @Test
  void aDurableStartRefusesAnySettingFoundOffAndNamesIt() {
    Map<String, String> settings = new LinkedHashMap<>(ALL_ON);
    settings.put("synchronous_commit", "off");
    assertThatThrownBy(() -> PostgresServer.requireDurable(settings))
        .isInstanceOf(PostgresServer.NotDurable.class)
        .hasMessageContaining("synchronous_commit=off")
        .hasMessageContaining("refuses to start");
    settings.put("synchronous_commit", "local"); // not "on": a crash of the machine can lose it
    assertThatThrownBy(() -> PostgresServer.requireDurable(settings))
        .hasMessageContaining("synchronous_commit=local");
  }

  private static Map<String, String> show(LocalStack stack) throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.username(), stack.password());
        Statement s = c.createStatement()) {
      for (String name : PostgresDurability.SETTINGS) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          values.put(name, rs.getString(1));
        }
      }
    }
    return values;
  }
}
