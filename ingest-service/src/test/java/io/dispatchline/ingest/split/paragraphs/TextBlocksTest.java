package io.dispatchline.ingest.split.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text to paragraphs. */
class TextBlocksTest {
  private static List<String> paragraphs(String text) {
    return TextBlocks.of(text).stream().map(Block::text).toList();
  }

  @Test
  void everyNonBlankLineIsAParagraph() {
    assertThat(paragraphs("Headline\nBISHKEK, Oct. 26 (Xinhua) — Text.\n\n\nMore text.\n"))
        .containsExactly("Headline", "BISHKEK, Oct. 26 (Xinhua) — Text.", "More text.");
  }

  @Test
  void windowsAndOldMacLineEndingsAndUnicodeSpacesAreFolded() {
    assertThat(paragraphs("One\r\nTwo\rThree\u2028Four\n  spaced\u00a0 out \t\n"))
        .containsExactly("One", "Two", "Three", "Four", "spaced out");
  }

  @Test
  void evidentHardWrapIsJoined() {
    assertThat(
            paragraphs(
                "The ministers met in the capital on Friday to discuss the new\n"
                    + "rail link, officials said.\nShort line\nnext line"))
        .containsExactly(
            "The ministers met in the capital on Friday to discuss the new rail link, officials said.",
            "Short line",
            "next line");
  }

  @Test
  void timeStampUnderATitleIsNoWrappedSentence() {
    assertThat(
            paragraphs(
                "Site : Harbour city opens its new rail link to the coast\n"
                    + "on 2024/03/05 17:38:07\n"
                    + "The ministers met in the capital on Friday to discuss the new\n"
                    + "at 10:30 on 05.03.2024 the talks began."))
        .containsExactly(
            "Site : Harbour city opens its new rail link to the coast",
            "on 2024/03/05 17:38:07",
            "The ministers met in the capital on Friday to discuss the new",
            "at 10:30 on 05.03.2024 the talks began.");
  }

  @Test
  void wrappedLineWithAClockButNoDateIsJoined() {
    assertThat(
            paragraphs(
                "The ministers met in the capital on Friday and the talks began\n"
                    + "at 10:30 local time."))
        .containsExactly(
            "The ministers met in the capital on Friday and the talks began at 10:30 local time.");
  }

  @Test
  void textIsComposedToNfc() {
    assertThat(paragraphs("Cafe\u0301")).containsExactly("Caf\u00e9");
  }
}
