package io.dispatchline.ingest.split;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Throughput harness for the splitter: a main class in test sources, not a test (surefire runs only
 * *Test classes, and a timed test would fail on a busy build machine). Command and latest figures:
 * {@code docs/splitter.md}.
 *
 * <p>It first runs the splitter for 20 seconds on the seed (text and HTML) so the JIT has compiled
 * it. Then, for each input, it builds the text once, runs it a few more times, times several runs
 * and prints the median, min and max, as MB/s over the input's UTF-8 size (MB = 2^20 bytes). "cpu
 * MB/s" divides by the benchmark thread's CPU time plus GC time instead of wall time: on a shared
 * machine it shows what the splitter costs, wall time what it got. The linearity line compares time
 * per MB at 100 MB with time per MB at 10 MB.
 *
 * <p>Arguments: {@code --quick} (shorter warm-up, fewer runs), {@code --only <name-part>} (the
 * inputs whose name contains it).
 */
public final class SplitterBenchmark {
  private static final int MB = 1024 * 1024;

  private SplitterBenchmark() {}

  private record Input(String name, boolean html, Supplier<String> text) {}

  private record Figures(
      String name, double mb, double[] wallSeconds, double[] cpuSeconds, int items) {
    double median(double[] xs) {
      double[] s = xs.clone();
      Arrays.sort(s);
      return s[s.length / 2];
    }

    double medianWall() {
      return median(wallSeconds);
    }
  }

  public static void main(String[] args) {
    boolean quick = List.of(args).contains("--quick");
    int only = List.of(args).indexOf("--only");
    String filter = only >= 0 && only + 1 < args.length ? args[only + 1] : "";
    int warmup = quick ? 2 : 3;
    int runs = quick ? 3 : 7;
    long warmupNanos = (quick ? 10 : 20) * 1_000_000_000L;

    String seed = TestDocs.seed() + "\n\n";
    String seedHtml = HtmlSplitTest.seedAsHtml();
    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input("seed x 10 MB", false, () -> repeatTo(seed, 10 * MB)));
    inputs.add(new Input("seed x 100 MB", false, () -> repeatTo(seed, 100 * MB)));
    inputs.add(new Input("seed as HTML x 10 MB", true, () -> repeatTo(seedHtml, 10 * MB)));
    inputs.add(new Input("10 MB of dashes", false, () -> "-".repeat(10 * MB)));
    inputs.add(
        new Input(
            "one 10 MB line",
            false,
            () ->
                repeatTo(
                    "BISHKEK, Oct. 26 (Xinhua) — The SCO members met on Thursday. ", 10 * MB)));
    inputs.add(
        new Input(
            "100k short lines of capitals",
            false,
            () -> "BISHKEK NEW YORK HAVANA\n".repeat(100_000)));

    printEnvironment();
    Splitter splitter = new Splitter();
    // The JIT compiles the whole pipeline before anything is timed: on one core its compiler
    // threads compete with the benchmark, so a short warm-up would time the interpreter.
    String warm = repeatTo(seed, 10 * MB);
    String warmHtml = repeatTo(seedHtml, MB);
    Input warmText = new Input("warm-up", false, () -> warm);
    Input warmPage = new Input("warm-up", true, () -> warmHtml);
    for (long start = System.nanoTime(); System.nanoTime() - start < warmupNanos; ) {
      split(splitter, warmText, warm);
      split(splitter, warmPage, warmHtml);
    }
    Map<String, Figures> results = new LinkedHashMap<>();
    for (Input input : inputs) {
      if (!input.name().contains(filter)) {
        continue;
      }
      String text = input.text().get();
      double mb = text.getBytes(StandardCharsets.UTF_8).length / (double) MB;
      int items = 0;
      for (int i = 0; i < warmup; i++) {
        items = split(splitter, input, text);
      }
      double[] wall = new double[runs];
      double[] cpu = new double[runs];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < runs; i++) {
        long gc0 = gcMillis();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        items = split(splitter, input, text);
        wall[i] = (System.nanoTime() - start) / 1e9;
        cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 + (gcMillis() - gc0) / 1e3;
      }
      Figures f = new Figures(input.name(), mb, wall, cpu, items);
      results.put(input.name(), f);
      print(f);
    }
    Figures ten = results.get("seed x 10 MB");
    Figures hundred = results.get("seed x 100 MB");
    if (ten != null && hundred != null) {
      double perMb10 = ten.medianWall() / ten.mb();
      double perMb100 = hundred.medianWall() / hundred.mb();
      System.out.printf(
          Locale.ROOT,
          "%nlinearity: time per MB at 100 MB / at 10 MB = %.2f (target <= 1.10)%n",
          perMb100 / perMb10);
    }
  }

  private static int split(Splitter splitter, Input input, String text) {
    SplitResult r = input.html() ? splitter.splitHtml(text, null) : splitter.splitText(text, null);
    return r.dispatches().size();
  }

  private static void print(Figures f) {
    double[] w = f.wallSeconds().clone();
    Arrays.sort(w);
    double[] c = f.cpuSeconds().clone();
    Arrays.sort(c);
    System.out.printf(
        Locale.ROOT,
        "%-30s %7.1f MB  wall median %7.3f s  %7.1f MB/s (min %.1f, max %.1f)  cpu %7.1f MB/s"
            + "  %6d items%n",
        f.name(),
        f.mb(),
        f.medianWall(),
        f.mb() / f.medianWall(),
        f.mb() / w[w.length - 1],
        f.mb() / w[0],
        f.mb() / f.median(c),
        f.items());
  }

  private static void printEnvironment() {
    Runtime rt = Runtime.getRuntime();
    StringBuilder gcs = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.append(gcs.length() == 0 ? "" : ", ").append(gc.getName());
    }
    System.out.printf(
        Locale.ROOT,
        "java %s (%s), %d processors visible, max heap %d MB, GC: %s%n%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        rt.availableProcessors(),
        rt.maxMemory() / MB,
        gcs);
    if (rt.maxMemory() < 2500L * MB) {
      System.out.println("warning: the 100 MB input needs a heap of about 3 GB (-Xmx3g)\n");
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static String repeatTo(String unit, int bytes) {
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    return unit.repeat(Math.max(1, bytes / unitBytes));
  }
}
