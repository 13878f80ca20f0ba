package io.dispatchline.bench;

import java.util.List;

/**
 * How much work each section does. {@code full} is the benchmark (about 10 minutes here); {@code
 * tiny} only proves that every section runs end to end (the smoke test).
 */
record Size(
    String name,
    double e2eSeconds,
    int latencySeconds,
    int storeRecords,
    List<Integer> queryRows,
    double queryPhaseSeconds,
    List<Double> rates,
    int workers,
    String splitterInputs,
    boolean splitterQuick,
    String splitterHeap) {

  static final Size FULL =
      new Size(
          "full",
          60,
          30,
          20_000,
          List.of(100_000, 1_000_000),
          6,
          List.of(50.0, 200.0, 500.0),
          8,
          "seed x 100 MB",
          false,
          "6g");
  static final Size TINY =
      new Size(
          "tiny",
          1.5,
          2,
          1_000,
          List.of(500, 2000),
          0.5,
          List.of(20.0),
          2,
          "seed x 10",
          true,
          "1g");

  static Size named(String name) {
    return switch (name) {
      case "full" -> FULL;
      case "tiny" -> TINY;
      default -> throw new IllegalArgumentException("size is full or tiny, not " + name);
    };
  }
}
