package io.dispatchline.ingest.split.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "View",
        "Especial",
        "IDOPRESS",
        "Photo)",
        "Читать на сайте Ria.ru",
        "Read more on Example.com",
        "Пресс-секретарь президента Иван Иванов © Пётр Петров/ ТАСС",
        "Президент РФ на встрече. Архивное фото",
        "The minister at a meeting. File photo",
        "{{element.title}}{{element.heading}} {{element.date}}"
      })
  void aTemplatesLineIsNoTitle(String line) {
    assertThat(PageLines.isPageLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "China to work with Mongolia on trade",
        "Amazon.com profits rise as shoppers return to its stores after the holidays",
        "Песков: в интересах России, чтобы весь мир слышал президента",
        "Photo agencies protest new rules",
        "中方:涉台言论引起强烈愤慨"
      })
  void aHeadlineIsNone(String line) {
    assertThat(PageLines.isPageLine(line)).isFalse();
  }
}
