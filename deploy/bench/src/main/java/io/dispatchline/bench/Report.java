package io.dispatchline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The markdown report: a summary table of every ratio against its target, then one section per part
 * of the benchmark.
 */
final class Report {

  /** One line of the summary: a figure, what it is compared with, and the target for the ratio. */
  record Ratio(
      String what, String figure, String baseline, double ratio, String target, Boolean met) {}

  private final List<Ratio> ratios = new ArrayList<>();
  private final StringBuilder body = new StringBuilder();
  private final String title;

  Report(String title) {
    this.title = title;
  }

  void section(String heading) {
    body.append("\n## ").append(heading).append("\n\n");
  }

  void text(String paragraph) {
    body.append(paragraph.strip()).append("\n\n");
  }

  void table(String... header) {
    body.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.length; i++) {
      body.append(i == 0 ? "---|" : "---:|");
    }
    body.append('\n');
  }

  void row(Object... cells) {
    body.append("|");
    for (Object cell : cells) {
      body.append(' ')
          .append(cell instanceof Double d ? num(d) : String.valueOf(cell))
          .append(" |");
    }
    body.append('\n');
  }

  void endTable() {
    body.append('\n');
  }

  /** A ratio for the summary; {@code met} null when the issue sets no target for it. */
  void ratio(
      String what, String figure, String baseline, double ratio, String target, Boolean met) {
    ratios.add(new Ratio(what, figure, baseline, ratio, target, met));
  }

  List<Ratio> ratios() {
    return ratios;
  }

  String render(String header) {
    StringBuilder s = new StringBuilder("# ").append(title).append("\n\n").append(header.strip());
    s.append("\n\n## Summary: every ratio against its target\n\n");
    s.append("| figure | value | baseline (same run) | ratio | target | met |\n");
    s.append("|---|---:|---:|---:|---|---|\n");
    for (Ratio r : ratios) {
      s.append("| ")
          .append(r.what())
          .append(" | ")
          .append(r.figure())
          .append(" | ")
          .append(r.baseline())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", r.ratio()))
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.met() == null ? "–" : r.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return s.append(body).toString();
  }

  void write(Path file, String header) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, render(header));
  }

  static String num(double d) {
    if (Double.isNaN(d)) {
      return "–";
    }
    double a = Math.abs(d);
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", d);
  }
}
