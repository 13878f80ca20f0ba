package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adversarial inputs that would hang a backtracking or quadratic splitter. These only check that
 * splitting finishes with a sensible result; speed is measured by {@code SplitterBenchmark}, not
 * asserted here, so a slow build machine cannot fail the build.
 */
class LinearTimeTest {
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private final Splitter splitter = new Splitter();

  @Test
  void fiveMegabyteSingleLineOfProse() {
    String sentence = "BISHKEK, Oct. 26 (Xinhua) — The SCO members met in Bishkek on Thursday. ";
    String line = sentence.repeat(FIVE_MB / sentence.length());
    List<Dispatch> items = splitter.splitText(line, null).dispatches();
    assertThat(items).hasSize(1);
    assertThat(items.get(0).wordCount()).isGreaterThan(500_000);
  }

  @Test
  void fiveMegabytesOfDashes() {
    assertThat(splitter.splitText("-".repeat(FIVE_MB), null).dispatches()).isEmpty();
    assertThat(splitter.splitText("- ".repeat(FIVE_MB / 2), null).dispatches()).isEmpty();
    assertThat(splitter.splitText("-\n".repeat(FIVE_MB / 2), null).dispatches()).isEmpty();
    assertThat(splitter.splitText("—".repeat(FIVE_MB), null).dispatches()).isEmpty();
  }

  @Test
  void hundredThousandShortLinesOfCapitals() {
    // Headline-like lines and no sentence: no article (issue 3: only a real article is one).
    assertThat(splitter.splitText("BISHKEK NEW YORK HAVANA\n".repeat(100_000), null).dispatches())
        .isEmpty();
    // Each line a bare "PLACE - text" under a headline-like line: many small items (a list of
    // teasers, each a headline and one short dateline paragraph), no blow-up.
    List<Dispatch> items =
        splitter.splitText("Headline\nBISHKEK - Text\n".repeat(50_000), null).dispatches();
    assertThat(items).hasSize(50_000);
  }

  @Test
  void longRunsThatFeedTheDatelineScanner() {
    String caps = "A".repeat(FIVE_MB) + " (Xinhua) — text";
    assertThat(splitter.splitText(caps, null).dispatches()).hasSize(1);
    String parens = "BISHKEK (" + "(".repeat(FIVE_MB) + " — text";
    assertThat(splitter.splitText(parens, null).dispatches()).hasSize(1);
    String words = "Word ".repeat(FIVE_MB / 5);
    assertThat(splitter.splitText(words, null).dispatches()).hasSize(1);
  }

  @Test
  void deeplyNestedHtml() {
    String html =
        "<div>".repeat(50_000) + "BISHKEK, Oct. 26 (Xinhua) — Text." + "</div>".repeat(50_000);
    assertThat(splitter.splitHtml(html, null).dispatches()).hasSize(1);
  }
}
