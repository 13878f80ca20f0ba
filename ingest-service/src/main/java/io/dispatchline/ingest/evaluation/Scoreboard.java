package io.dispatchline.ingest.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Sums page scores and prints them: per page, per page kind, per format and overall. */
final class Scoreboard {
  private final List<PageScore> pages = new ArrayList<>();

  void add(PageScore score) {
    pages.add(score);
  }

  List<PageScore> pages() {
    return List.copyOf(pages);
  }

  /** The sum of all pages' counts. */
  Totals total() {
    return Totals.of(pages);
  }

  void print(PrintStream out, boolean details) {
    out.printf(
        Locale.ROOT,
        "%-44s %-11s %4s %5s %5s %5s %5s%n",
        "page",
        "kind",
        "lab",
        "found",
        "extra",
        "right",
        "F1");
    for (PageScore p : pages) {
      Totals t = Totals.of(List.of(p));
      out.printf(
          Locale.ROOT,
          "%-44s %-11s %4d %5d %5d %5d %5.2f%n",
          cut(p.page(), 44),
          p.kind(),
          p.labelled(),
          p.found(),
          p.extra(),
          p.right(),
          t.f1());
      if (details) {
        p.problems().forEach(line -> out.println("    " + line));
      }
    }
    out.println();
    printGroups(out, "by kind", PageScore::kind);
    printGroups(out, "by format", PageScore::format);
    Totals all = total();
    out.println("overall");
    all.print(out, pages.size());
  }

  private void printGroups(PrintStream out, String title, Function<PageScore, String> key) {
    Map<String, List<PageScore>> groups = new TreeMap<>();
    for (PageScore p : pages) {
      groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
    }
    out.println(title);
    out.printf(
        Locale.ROOT,
        "  %-12s %5s %4s %5s %5s %5s %5s %5s %5s%n",
        "",
        "pages",
        "lab",
        "found",
        "extra",
        "end",
        "right",
        "R",
        "F1");
    groups.forEach(
        (k, list) -> {
          Totals t = Totals.of(list);
          out.printf(
              Locale.ROOT,
              "  %-12s %5d %4d %5d %5d %5d %5d %5.2f %5.2f%n",
              k,
              list.size(),
              t.labelled,
              t.found,
              t.extra,
              t.bodyEnd,
              t.right,
              t.strictRecall(),
              t.f1());
        });
    out.println();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** Counts summed over pages, and the ratios the figures are given in. */
  static final class Totals {
    int labelled;
    int produced;
    int found;
    int extra;
    int headline;
    int place;
    int agency;
    int date;
    int dateline;
    int bodyEnd;
    int languageLabelled;
    int language;
    int right;
    int teasers;
    int teasersAsDispatches;

    static Totals of(List<PageScore> pages) {
      Totals t = new Totals();
      for (PageScore p : pages) {
        t.labelled += p.labelled();
        t.produced += p.produced();
        t.found += p.found();
        t.extra += p.extra();
        t.headline += p.headline();
        t.place += p.place();
        t.agency += p.agency();
        t.date += p.date();
        t.dateline += p.dateline();
        t.bodyEnd += p.bodyEnd();
        t.languageLabelled += p.languageLabelled();
        t.language += p.language();
        t.right += p.right();
        t.teasers += p.teasers();
        t.teasersAsDispatches += p.teasersAsDispatches();
      }
      return t;
    }

    double boundaryPrecision() {
      return ratio(found, produced);
    }

    double boundaryRecall() {
      return ratio(found, labelled);
    }

    double strictPrecision() {
      return ratio(right, produced);
    }

    double strictRecall() {
      return ratio(right, labelled);
    }

    /** Strict F1: a dispatch counts only when every field is right. */
    double f1() {
      return labelled + produced == 0 ? 1.0 : 2.0 * right / (labelled + produced);
    }

    double bodyEndRate() {
      return ratio(bodyEnd, found);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    void print(PrintStream out, int pages) {
      out.printf(Locale.ROOT, "  pages                              %d%n", pages);
      out.printf(Locale.ROOT, "  dispatches labelled / produced     %d / %d%n", labelled, produced);
      out.printf(
          Locale.ROOT,
          "  boundaries: found, extra           %d of %d, %d extra (P %.2f, R %.2f)%n",
          found,
          labelled,
          extra,
          boundaryPrecision(),
          boundaryRecall());
      field(out, "headline right, among found", headline);
      field(out, "place right", place);
      field(out, "agency right", agency);
      field(out, "date right", date);
      field(out, "dateline as printed", dateline);
      field(out, "body ends where the story ends", bodyEnd);
      if (languageLabelled > 0) {
        out.printf(
            Locale.ROOT,
            "  %-34s %d of %d (%.2f)%n",
            "language right, where labelled",
            language,
            languageLabelled,
            ratio(language, languageLabelled));
      }
      out.printf(
          Locale.ROOT,
          "  every field right                  %d of %d (P %.2f, R %.2f, F1 %.2f)%n",
          right,
          labelled,
          strictPrecision(),
          strictRecall(),
          f1());
      out.printf(
          Locale.ROOT,
          "  teasers returned as dispatches     %d of %d%n",
          teasersAsDispatches,
          teasers);
    }

    private void field(PrintStream out, String name, int count) {
      out.printf(Locale.ROOT, "  %-34s %d of %d (%.2f)%n", name, count, found, ratio(count, found));
    }
  }
}
