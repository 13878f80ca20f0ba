package io.dispatchline.ingest.split.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.text.Stopwords;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLanguageTest {
  private static final List<String> ENGLISH_PAGE =
      List.of(
          "President Xi Jinping on Monday met with the chief executive of the region, who is in the"
              + " capital to report on his work, and praised the government for its achievements.",
          "The two sides agreed that the anniversary of the return would be marked with new"
              + " projects in the coming year, the officials said after the meeting.");

  private final PageLanguage language =
      new PageLanguage(Stopwords.mostFrequentIn(ENGLISH_PAGE), ENGLISH_PAGE);

  @Test
  void aFewWordsOfThePagesLanguageAreInIt() {
    // A page cut after a dispatch's first words: the detector alone guesses wrong on so few.
    assertThat(language.of("Wang Jun is a deputy editor")).isEqualTo("en");
  }

  @Test
  void aBodyInAnotherLanguageIsAskedOfTheDetector() {
    assertThat(
            language.of(
                "Los ministros acordaron el jueves prolongar las conversaciones hasta el próximo"
                    + " mes, dijo un portavoz del gobierno a los periodistas."))
        .isEqualTo("es");
  }
}
