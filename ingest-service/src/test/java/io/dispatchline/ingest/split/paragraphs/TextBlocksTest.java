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
  void inAHardWrappedTextAWrapAfterAFunctionWordOrACommaIsJoinedWhateverTheCaseAfter() {
    String wrapped =
        "Rail workers across the region walked out on Monday as the Union of\n"
            + "Transport Workers and the ministry failed to agree on wages, and\n"
            + "Passengers were told to expect delays until Friday, the union said.\n"
            + "Strike ends after talks in the capital\n"
            + "Commuters returned to full trains on Tuesday morning after the two\n"
            + "sides signed a deal that gives workers a raise of four percent this\n"
            + "year and a further three percent next year, the ministry said in a\n"
            + "statement.";
    assertThat(paragraphs(wrapped))
        .containsExactly(
            "Rail workers across the region walked out on Monday as the Union of Transport Workers"
                + " and the ministry failed to agree on wages, and Passengers were told to expect"
                + " delays until Friday, the union said.",
            "Strike ends after talks in the capital",
            "Commuters returned to full trains on Tuesday morning after the two sides signed a deal"
                + " that gives workers a raise of four percent this year and a further three percent"
                + " next year, the ministry said in a statement.");
  }

  @Test
  void inALinePerParagraphTextATitleEndingOnAFunctionWordStandsAlone() {
    assertThat(
            paragraphs(
                "Flood toll rises to 40 in the northern valley, aid flown in\n"
                    + "A drone photo shows the flooded streets of the valley town on Monday.\n"
                    + "Rescuers reached the last villages cut off by the water on Tuesday."))
        .hasSize(3);
  }

  @Test
  void titleAboveADatelineOrAnAcronymIsNotJoinedEvenAfterAFunctionWord() {
    assertThat(
            paragraphs(
                "Officials from the rail company and the ministry have met for\n"
                    + "OSAKA, May 9 - Officials met on Monday for talks that went on\n"
                    + "into the night and ended with a deal that both sides welcomed as a\n"
                    + "fair one, the ministry said in a statement issued in the morning.\n"
                    + "Officials from the rail company and the ministry have met with\n"
                    + "UN envoys on Monday."))
        .containsExactly(
            "Officials from the rail company and the ministry have met for",
            "OSAKA, May 9 - Officials met on Monday for talks that went on into the night and ended"
                + " with a deal that both sides welcomed as a fair one, the ministry said in a"
                + " statement issued in the morning.",
            "Officials from the rail company and the ministry have met with",
            "UN envoys on Monday.");
  }

  @Test
  void hardWrapInsideBracketsOrBeforeANumberGoingOnIsJoined() {
    assertThat(
            paragraphs(
                "The bank raised its forecast for the year.(Description of Source: Osaka\n"
                    + "-- a business daily)\n"
                    + "No aircraft entered the country's airspace in the year through March\n"
                    + "31, according to the ministry.\n"
                    + "Exports rose in the twelve months that ended in the month of March\n"
                    + "2024 Annual Report"))
        .containsExactly(
            "The bank raised its forecast for the year.(Description of Source: Osaka -- a business"
                + " daily)",
            "No aircraft entered the country's airspace in the year through March 31, according to"
                + " the ministry.",
            "Exports rose in the twelve months that ended in the month of March",
            "2024 Annual Report");
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

  @Test
  void lineBreakTagsLeftInCopiedTextAreLineBreaks() {
    assertThat(paragraphs("第6版(国际)<br/>专栏:<br /> 本报北京1月28日电 两国代表举行会谈。<BR>完"))
        .containsExactly("第6版(国际)", "专栏:", "本报北京1月28日电 两国代表举行会谈。", "完");
  }

  @Test
  void aDateStampOfTheMonthOnlyIsAParagraphOfItsOwn() {
    assertThat(paragraphs("date 2018-03 Ljubljana, 29. marca - Vlada je danes sprejela načrt."))
        .containsExactly("date 2018-03", "Ljubljana, 29. marca - Vlada je danes sprejela načrt.");
    assertThat(paragraphs("2018-03 was the wettest month on record here."))
        .containsExactly("2018-03 was the wettest month on record here.");
  }
}
