package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyLineTest {

  @Test
  void formattedLineParsesBackToTheSameAddresses() {
    ReadyLine line =
        new ReadyLine("127.0.0.1:9092", "jdbc:postgresql://127.0.0.1:5432/dispatchline", "u", "p");

    assertThat(line.format())
        .isEqualTo(
            "DISPATCHLINE-LOCAL READY kafka=127.0.0.1:9092"
                + " jdbc=jdbc:postgresql://127.0.0.1:5432/dispatchline user=u password=p");
    assertThat(ReadyLine.parse(line.format())).contains(line);
  }

  @Test
  void otherLinesAreNotReady() {
    assertThat(ReadyLine.parse("12:00:01 WARN something")).isEmpty();
  }
}
