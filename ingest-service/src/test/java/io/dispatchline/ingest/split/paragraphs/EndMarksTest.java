package io.dispatchline.ingest.split.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marks, credits and notes run into a story's last sentence become paragraphs of their own. */
class EndMarksTest {
  private static List<String> split(String paragraph) {
    return EndMarks.split(List.of(new Block(paragraph, false))).stream().map(Block::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The minister wished the Amir a swift recovery. (end) hb|The minister wished the Amir a swift recovery.|(end) hb
          O presidente falou em rede nacional em Havana. EFE arj/cd|O presidente falou em rede nacional em Havana.|EFE arj/cd
          O presidente falou em rede nacional em Havana. EFE|O presidente falou em rede nacional em Havana.|EFE
          The city will move forward with a new strategy. SENT: 430 words.|The city will move forward with a new strategy.|SENT: 430 words.
          The two leaders met in Kyiv on Thursday. [Copyright The Jiji Press, Ltd.]|The two leaders met in Kyiv on Thursday.|[Copyright The Jiji Press, Ltd.]
          两国代表举行会谈，双方签署了合作协议。(完)|两国代表举行会谈，双方签署了合作协议。|(完)
          Ce lancement constitue la 496e mission de la série. Fin|Ce lancement constitue la 496e mission de la série.|Fin
          فاز الفريق بالمباراة النهائية في إستاد جابر الدولي.(النهاية) ف ش ا / ط أ ب|فاز الفريق بالمباراة النهائية في إستاد جابر الدولي.|(النهاية) ف ش ا / ط أ ب
          The state will test the new rules in every county this year. By Jane Roe.|The state will test the new rules in every county this year.|By Jane Roe.
          Le président a réaffirmé dimanche sa position sur le dossier. (Jeanne Roe)|Le président a réaffirmé dimanche sa position sur le dossier.|(Jeanne Roe)
          "Chcemy kontynuować nasze zmiany w kraju przez kolejne lata i kolejne kadencje" – oświadczył premier w Sejmie (PAP)|"Chcemy kontynuować nasze zmiany w kraju przez kolejne lata i kolejne kadencje" – oświadczył premier w Sejmie|(PAP)
          """)
  void aMarkAfterTheLastSentenceIsSplitOff(String paragraph, String story, String mark) {
    assertThat(split(paragraph)).containsExactly(story, mark);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"EFE arj/cd", "(end) hb", "Enditem mm"})
  void aMarkWithTheDesksInitialsIsALineOfItsOwnKind(String line) {
    assertThat(EndMarks.isMarkWithDeskInitials(line)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"The end", "NATO says", "EFE arj/cd Comentários Conteúdo"})
  void aShortLineThatOnlyLooksLikeOneIsNone(String line) {
    assertThat(EndMarks.isMarkWithDeskInitials(line)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Officials said the talks would resume in May and an agreement was near
          The plan was backed by NATO
          He said the vote was 12 to 3 in favour of the bill, a clear win for us
          He wrote the words (完) on the board in 1998.
          The plan was agreed by the World Health Organization (WHO)
          Stand By Me
          The sailors watched a dolphin
          The minister met the new envoy (Jane Roe) on Monday.
          The city will decide in May. (See Page Four For More Details Today)
          """)
  void textThatOnlyEndsLikeAMarkIsKept(String paragraph) {
    assertThat(split(paragraph)).containsExactly(paragraph);
  }
}
