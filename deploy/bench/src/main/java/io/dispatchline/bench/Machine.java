package io.dispatchline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on: cores, memory, CPU model, JDK. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %.0f GiB memory, %s %s, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        memoryGiB(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    return procLine("/proc/cpuinfo", "model name")
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .orElse(System.getProperty("os.arch"));
  }

  private static double memoryGiB() {
    return procLine("/proc/meminfo", "MemTotal:")
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0)
        .orElse(Double.NaN);
  }

  private static java.util.Optional<String> procLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(prefix))
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
