package io.dispatchline.local;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one line {@link LocalStackMain} prints when Kafka and PostgreSQL accept clients; {@link
 * LocalStack} and {@code deploy/local/run} read the addresses from it.
 */
record ReadyLine(String kafkaBootstrapServers, String jdbcUrl, String username, String password) {

  static final String PREFIX = "DISPATCHLINE-LOCAL READY ";

  String format() {
    return PREFIX
        + "kafka="
        + kafkaBootstrapServers
        + " jdbc="
        + jdbcUrl
        + " user="
        + username
        + " password="
        + password;
  }

  static Optional<ReadyLine> parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String field : line.substring(PREFIX.length()).trim().split(" +")) {
      int eq = field.indexOf('=');
      if (eq > 0) {
        fields.put(field.substring(0, eq), field.substring(eq + 1));
      }
    }
    return Optional.of(
        new ReadyLine(
            fields.get("kafka"), fields.get("jdbc"), fields.get("user"), fields.get("password")));
  }
}
