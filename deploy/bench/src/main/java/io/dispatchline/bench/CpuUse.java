package io.dispatchline.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU seconds used by each part of a running pipeline between a start and a stop: one figure per
 * part (its processes' user + system time, from /proc), so a run can say where its CPU went.
 */
final class CpuUse {

  private final Map<String, Supplier<Double>> parts = new LinkedHashMap<>();
  private final Map<String, Double> atStart = new LinkedHashMap<>();

  /** A part made of fixed processes. */
  CpuUse process(String name, List<Long> pids) {
    parts.put(name, () -> Proc.cpuSeconds(pids));
    return this;
  }

  /**
   * PostgreSQL under {@code dataDir}: every server process, backends opened and closed meanwhile
   * included.
   */
  CpuUse postgres(String name, Path dataDir) {
    parts.put(name, () -> StoreRun.postgresCpu(dataDir));
    return this;
  }

  CpuUse start() {
    parts.forEach((name, cpu) -> atStart.put(name, cpu.get()));
    return this;
  }

  /** CPU seconds each part used since {@link #start()}, in the order the parts were added. */
  Map<String, Double> secondsSinceStart() {
    Map<String, Double> used = new LinkedHashMap<>();
    parts.forEach((name, cpu) -> used.put(name, cpu.get() - atStart.get(name)));
    return used;
  }
}
