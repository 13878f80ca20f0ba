package io.dispatchline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void theSummaryPutsEveryRatioNextToItsTargetBeforeTheSections() {
    Report report = new Report("Title");
    report.section("1. End to end");
    report.table("figure", "value");
    report.row("rate", 1234.4);
    report.endTable();
    report.ratio("end to end / baseline", "900 /s", "1000 /s", 0.9, "≥ 0.9", true);
    report.ratio("store / peer", "500 /s", "600 /s", 500.0 / 600, "> 1", false);
    report.ratio("footprint", "300 MB", "500 MB", 0.6, "none", null);

    String text = report.render("Machine: test.");

    assertThat(text)
        .contains("| end to end / baseline | 900 /s | 1000 /s | 0.90 | ≥ 0.9 | yes |")
        .contains("| store / peer | 500 /s | 600 /s | 0.83 | > 1 | **no** |")
        .contains("| footprint | 300 MB | 500 MB | 0.60 | none | – |")
        .contains("| rate | 1234 |");
    assertThat(text.indexOf("## Summary")).isLessThan(text.indexOf("## 1. End to end"));
  }
}
