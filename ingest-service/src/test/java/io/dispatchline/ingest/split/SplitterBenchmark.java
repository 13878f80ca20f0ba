package io.dispatchline.ingest.split;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small throughput harness, not a test (surefire runs only *Test classes): prints MB/s for the
 * seed repeated to 10 MB and 100 MB and for adversarial 10 MB inputs. Issue 3 may replace it with
 * JMH. Run after {@code ./mvnw -pl ingest-service test-compile}:
 *
 * <pre>
 * java -cp "ingest-service/target/classes:ingest-service/target/test-classes:$(find ~/.m2 -name 'jsoup-1.21.2.jar')" \
 *   io.dispatchline.ingest.split.SplitterBenchmark
 * </pre>
 */
public final class SplitterBenchmark {
  private static final int MB = 1024 * 1024;

  private SplitterBenchmark() {}

  public static void main(String[] args) {
    Splitter splitter = new Splitter();
    String seed = TestDocs.seed();
    Map<String, Supplier<String>> inputs = new LinkedHashMap<>();
    inputs.put("seed x 10 MB", () -> repeatTo(seed + "\n\n", 10 * MB));
    inputs.put("seed x 100 MB", () -> repeatTo(seed + "\n\n", 100 * MB));
    inputs.put("10 MB of dashes", () -> "-".repeat(10 * MB));
    inputs.put(
        "one 10 MB line", () -> repeatTo("The SCO members met in Bishkek on Thursday. ", 10 * MB));
    inputs.put("100k lines of capitals", () -> "BISHKEK NEW YORK HAVANA\n".repeat(100_000));
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      for (Map.Entry<String, Supplier<String>> input : inputs.entrySet()) {
        String text = input.getValue().get();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / (double) MB;
        long start = System.nanoTime();
        int items = splitter.splitText(text, null).dispatches().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round == 1) {
          System.out.printf(
              "%-24s %8.1f MB %8.3f s %8.1f MB/s %8d items%n",
              input.getKey(), mb, seconds, mb / seconds, items);
        }
      }
    }
  }

  private static String repeatTo(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }
}
