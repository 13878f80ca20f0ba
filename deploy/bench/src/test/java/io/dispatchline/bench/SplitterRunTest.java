package io.dispatchline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SplitterRunTest {

  static final String OUTPUT =
      """
      java 17.0.15 (OpenJDK 64-Bit Server VM), 1 processors visible, max heap 5939 MB, GC: Copy

      seed x 10 MB                      10.0 MB  wall median   0.150 s     66.7 MB/s (min 60.1, max 70.2)  cpu    71.0 MB/s    2041 items
      seed x 100 MB                    100.0 MB  wall median   1.600 s     62.5 MB/s (min 55.0, max 66.7)  cpu    70.1 MB/s   20473 items

      linearity: time per MB at 100 MB / at 10 MB = 1.07 (target <= 1.10)
      """;

  @Test
  void readsEveryInputAndTheLinearityFromTheBenchmarksOutput() {
    SplitterRun.Result r = SplitterRun.parse(OUTPUT);

    assertThat(r.inputs())
        .containsExactly(
            new SplitterRun.Input("seed x 10 MB", 10.0, 66.7, 71.0),
            new SplitterRun.Input("seed x 100 MB", 100.0, 62.5, 70.1));
    assertThat(r.linearity()).isEqualTo(1.07);
  }

  @Test
  void outputWithoutFiguresIsAnError() {
    assertThatThrownBy(() -> SplitterRun.parse("Exception in thread main"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no figures");
  }
}
