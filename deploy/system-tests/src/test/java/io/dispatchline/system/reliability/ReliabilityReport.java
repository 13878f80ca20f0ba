package io.dispatchline.system.reliability;

import io.dispatchline.system.SystemPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/** Prints each scenario's line and appends it to {@code target/reliability-report.md}. */
final class ReliabilityReport {

  static final Path FILE =
      SystemPaths.root().resolve("deploy/system-tests/target/reliability-report.md");

  private ReliabilityReport() {}

  static synchronized void begin() throws IOException {
    Files.createDirectories(FILE.getParent());
    append(
        "\n## Run of "
            + Instant.now()
            + " ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ")\n\n"
            + ScenarioResult.HEADER
            + "\n");
  }

  static synchronized void add(ScenarioResult result) throws IOException {
    System.out.println(result.line());
    append(result.tableRow() + "\n");
  }

  static synchronized void end(Duration wallTime) throws IOException {
    String line = "suite wall time: " + ScenarioResult.seconds(wallTime);
    System.out.println("RELIABILITY " + line);
    append("\nWhole " + line + " (one stack and one pair of services, started once).\n");
  }

  private static void append(String text) throws IOException {
    Files.writeString(
        FILE, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
  }
}
