package io.dispatchline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The splitter's own benchmark ({@code SplitterBenchmark} in ingest-service's test sources), run
 * unchanged as a child JVM pinned to one core ({@code taskset -c 1} where it exists, serial GC) as
 * docs/splitter.md describes; its printed lines are parsed into figures. The full run uses the
 * benchmark's own warm-up (4 runs, median of 7): with {@code --quick} on a busy core the first
 * input is still being compiled while it is timed.
 */
final class SplitterRun {

  private static final Pattern LINE =
      Pattern.compile(
          "^(.+?)\\s+([0-9.]+) MB\\s+wall median\\s+([0-9.]+) s\\s+([0-9.]+) MB/s.*cpu\\s+([0-9.]+) MB/s.*");
  private static final Pattern LINEARITY = Pattern.compile("linearity: .* = ([0-9.]+)");

  /** One input: its size, wall MB/s (median) and CPU MB/s. */
  record Input(String name, double mb, double wallMbPerSecond, double cpuMbPerSecond) {}

  /** Every input measured, and time per MB at 100 MB over 10 MB when both ran (else NaN). */
  record Result(List<Input> inputs, double linearity, String output) {}

  private SplitterRun() {}

  static Result run(String only, boolean quick, String heap, Path logDir) throws Exception {
    Path root = Repo.root();
    Path ingest = root.resolve("ingest-service/target");
    if (!Files.isDirectory(ingest.resolve("test-classes"))) {
      throw new IllegalStateException(ingest + "/test-classes is missing: build ingest-service");
    }
    String classpath =
        String.join(
            java.io.File.pathSeparator,
            ingest.resolve("classes").toString(),
            ingest.resolve("test-classes").toString(),
            ingest.resolve("quarkus-app/lib/main/*").toString());
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
      command.addAll(List.of("taskset", "-c", "1"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC",
            "-Xms" + heap,
            "-Xmx" + heap,
            "-cp",
            classpath,
            "io.dispatchline.ingest.split.SplitterBenchmark",
            "--only",
            only));
    if (quick) {
      command.add("--quick");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve("splitter.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("SplitterBenchmark did not finish in 5 minutes");
    }
    String output = Files.readString(log);
    if (p.exitValue() != 0) {
      throw new IllegalStateException("SplitterBenchmark failed:\n" + output);
    }
    return parse(output);
  }

  /** The figures in SplitterBenchmark's printed output. */
  static Result parse(String output) {
    List<Input> inputs = new ArrayList<>();
    double linearity = Double.NaN;
    for (String line : output.lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        inputs.add(
            new Input(
                m.group(1).strip(),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(4)),
                Double.parseDouble(m.group(5))));
      }
      Matcher l = LINEARITY.matcher(line);
      if (l.find()) {
        linearity = Double.parseDouble(l.group(1));
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalStateException("no figures in SplitterBenchmark's output:\n" + output);
    }
    return new Result(inputs, linearity, output);
  }
}
