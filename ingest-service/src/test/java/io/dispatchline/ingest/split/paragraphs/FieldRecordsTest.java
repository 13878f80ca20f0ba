package io.dispatchline.ingest.split.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Archive exports of labelled fields on one line: title and text become paragraphs. */
class FieldRecordsTest {
  private static List<String> split(String text) {
    return FieldRecords.split(List.of(new Block(text, false))).stream().map(Block::text).toList();
  }

  @Test
  void titleAndTextOfEachRecordBecomeParagraphsAndTheOtherFieldsAreDropped() {
    assertThat(
            split(
                "SOURCE: The Weekly DATE: Issue #2 TITLE: Ice breaks early PUBLISHER: AP TEXT: VALDORA"
                    + " - The ice broke. TITLE: Grain up AUTHOR: By Jane Roe TEXT: MERANTO - Prices"
                    + " rose."))
        .containsExactly(
            "Ice breaks early", "VALDORA - The ice broke.", "Grain up", "MERANTO - Prices rose.");
  }

  @Test
  void aLabelInsideASentenceIsNoRecord() {
    String sentence = "The guide says CONTEXT: matters, and the TEXT: field is optional.";
    assertThat(split(sentence)).containsExactly(sentence);
  }

  @Test
  void everyRecordOfALongLineIsSplit() {
    String record = "TITLE: A title TEXT: BEIJING - A sentence. ";
    List<String> out = split(record.repeat(50_000));
    assertThat(out).hasSize(100_000);
    assertThat(out.get(99_999)).isEqualTo("BEIJING - A sentence.");
  }
}
