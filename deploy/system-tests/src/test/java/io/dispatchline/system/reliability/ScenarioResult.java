package io.dispatchline.system.reliability;

import java.time.Duration;
import java.util.Locale;

/**
 * One scenario's outcome, as one line of the report.
 *
 * @param scenario its name
 * @param sent what went in (documents, requests or records)
 * @param tally dispatches expected, stored, lost and duplicated
 * @param recovery from the fault cleared until everything accepted was stored; null without a fault
 * @param took the whole scenario
 * @param note anything else it measured
 */
record ScenarioResult(
    String scenario, String sent, Tally tally, Duration recovery, Duration took, String note) {

  static final String HEADER =
      "| scenario | sent | expected | stored | lost | duplicated | recovery | took | notes |\n"
          + "|---|---|---:|---:|---:|---:|---:|---:|---|";

  String tableRow() {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %d | %d | %d | %s | %s | %s |",
        scenario,
        sent,
        tally.expected(),
        tally.stored(),
        tally.lost(),
        tally.duplicated(),
        recovery == null ? "–" : seconds(recovery),
        seconds(took),
        note);
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "RELIABILITY %s: sent %s, expected %d, stored %d, lost %d, duplicated %d, recovery %s,"
            + " took %s; %s",
        scenario,
        sent,
        tally.expected(),
        tally.stored(),
        tally.lost(),
        tally.duplicated(),
        recovery == null ? "n/a" : seconds(recovery),
        seconds(took),
        note);
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
