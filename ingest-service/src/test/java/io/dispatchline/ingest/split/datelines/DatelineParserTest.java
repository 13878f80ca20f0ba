package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every dateline family of the design, and what only looks like one. */
class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser(Agencies.load());

  private Dateline parse(String paragraph) {
    return parser.parse(paragraph);
  }

  private void assertDateline(
      String paragraph,
      String located,
      String agency,
      String text,
      String dateText,
      int month,
      int day,
      String body) {
    Dateline d = parse(paragraph);
    assertThat(d).as(paragraph).isNotNull();
    assertThat(d.located()).isEqualTo(located);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.dateText()).isEqualTo(dateText);
    assertThat(d.month()).isEqualTo(month);
    assertThat(d.day()).isEqualTo(day);
    assertThat(paragraph.substring(d.bodyStart())).isEqualTo(body);
  }

  @Test
  void xinhuaWithEmDash() {
    assertDateline(
        "BISHKEK, Oct. 26 (Xinhua) — Premier Li spoke.",
        "BISHKEK",
        "Xinhua",
        "BISHKEK, Oct. 26 (Xinhua) —",
        "Oct. 26",
        10,
        26,
        "Premier Li spoke.");
  }

  @Test
  void xinhuaWithDoubleHyphen() {
    assertDateline(
        "BEIJING, Oct. 27 (Xinhua) -- Markets rose.",
        "BEIJING",
        "Xinhua",
        "BEIJING, Oct. 27 (Xinhua) --",
        "Oct. 27",
        10,
        27,
        "Markets rose.");
  }

  @Test
  void reutersWithDateAndHyphen() {
    assertDateline(
        "MILAN, Nov 14 (Reuters) - A bank said.",
        "MILAN",
        "Reuters",
        "MILAN, Nov 14 (Reuters) -",
        "Nov 14",
        11,
        14,
        "A bank said.");
  }

  @Test
  void reutersWithoutDate() {
    assertDateline(
        "LONDON (Reuters) - Shares rose.",
        "LONDON",
        "Reuters",
        "LONDON (Reuters) -",
        null,
        0,
        0,
        "Shares rose.");
  }

  @Test
  void apWithEmDash() {
    assertDateline(
        "WASHINGTON (AP) — The Senate voted.",
        "WASHINGTON",
        "AP",
        "WASHINGTON (AP) —",
        null,
        0,
        0,
        "The Senate voted.");
  }

  @Test
  void apWithCountryAfterThePlace() {
    assertDateline(
        "NAIROBI, Kenya (AP) — Kenya began.",
        "NAIROBI, Kenya",
        "AP",
        "NAIROBI, Kenya (AP) —",
        null,
        0,
        0,
        "Kenya began.");
  }

  @Test
  void afpWithColon() {
    assertDateline(
        "KANDAHAR, Sept 30 (AFP): Floods cut roads.",
        "KANDAHAR",
        "AFP",
        "KANDAHAR, Sept 30 (AFP):",
        "Sept 30",
        9,
        30,
        "Floods cut roads.");
  }

  @Test
  void afpWithTitleCasePlaceAndEnDash() {
    assertDateline(
        "Riyadh (AFP) – Ministers met.",
        "Riyadh",
        "AFP",
        "Riyadh (AFP) –",
        null,
        0,
        0,
        "Ministers met.");
  }

  @Test
  void placeAndHyphenWithoutAgencyIsAWeakDateline() {
    Dateline d = parse("BISHKEK - Officials met.");
    assertDateline(
        "BISHKEK - Officials met.", "BISHKEK", null, "BISHKEK -", null, 0, 0, "Officials met.");
    assertThat(d.weak()).isTrue();
  }

  @Test
  void placeDateAndColonWithoutAgency() {
    Dateline d = parse("DOHA, Nov 29: Qatar plans more.");
    assertDateline(
        "DOHA, Nov 29: Qatar plans more.",
        "DOHA",
        null,
        "DOHA, Nov 29:",
        "Nov 29",
        11,
        29,
        "Qatar plans more.");
    assertThat(d.weak()).isFalse();
  }

  @Test
  void tassSlashAgencyAfterDateWithPeriod() {
    assertDateline(
        "BISHKEK, October 26. /TASS/. Talks began.",
        "BISHKEK",
        "TASS",
        "BISHKEK, October 26. /TASS/.",
        "October 26",
        10,
        26,
        "Talks began.");
  }

  @Test
  void twoPlacesJoinedBySlash() {
    assertDateline(
        "HAVANA / BEIJING - A plan was signed.",
        "HAVANA / BEIJING",
        null,
        "HAVANA / BEIJING -",
        null,
        0,
        0,
        "A plan was signed.");
  }

  @Test
  void multiWordPlaceAndFullMonthName() {
    assertDateline(
        "NEW YORK, October 3 (Reuters) -- Oil fell.",
        "NEW YORK",
        "Reuters",
        "NEW YORK, October 3 (Reuters) --",
        "October 3",
        10,
        3,
        "Oil fell.");
  }

  @Test
  void unlistedAgencyAfterAllCapsPlaceIsKeptAsPrinted() {
    Dateline d = parse("WASHINGTON (CNN) — Lawmakers met.");
    assertThat(d.agency()).isEqualTo("CNN");
  }

  @Test
  void dateLineAloneIsNoDateline() {
    assertThat(parse("BISHKEK, October 26, 2023")).isNull();
    assertThat(parse("BISHKEK, Oct. 26 (Xinhua)")).isNull();
  }

  @Test
  void aShoutedNameWithANumberAndNoCommaIsNoDateline() {
    assertThat(parse("TOKYO 2020 – The Games were postponed on Tuesday for a year.")).isNull();
    assertThat(parse("COVID 19 – Cases rose again in the city over the weekend, officials said."))
        .isNull();
  }

  @Test
  void aTitleCasePlaceOfTheGazetteerAndASpacedDashOpenAWeakDateline() {
    Dateline d =
        parse(
            "Washington – Le président américain a reçu mardi son homologue français, a indiqué"
                + " un responsable américain.");
    assertThat(d).isNotNull();
    assertThat(d.located()).isEqualTo("Washington");
    assertThat(d.text()).isEqualTo("Washington –");
    assertThat(
            parse("Springfield – Le maire a reçu mardi son homologue, a indiqué un responsable."))
        .isNull();
    assertThat(
            parse("Washington - hearings continued on Tuesday as senators questioned the nominee."))
        .isNull();
  }

  @Test
  void publishTimeLineIsNoDateline() {
    assertThat(parse("(Xinhua) 09:54, October 28, 2023")).isNull();
  }

  @Test
  void headlineWithDashIsNoDateline() {
    assertThat(
            parse(
                "China to work with Mongolia to safeguard sovereignty, independence — Chinese premier"))
        .isNull();
    assertThat(parse("China-Russia cooperation not targeted at any third party: premier")).isNull();
  }

  @Test
  void sentencesAndSubheadsAreNoDatelines() {
    assertThat(parse("ECONOMIC TIES")).isNull();
    assertThat(parse("Chinese Premier Li Qiang (C) - attends the meeting.")).isNull();
    assertThat(parse("Li Qiang: SCO represents the shared aspiration")).isNull();
    assertThat(parse("BEIJING-based firms said on Monday.")).isNull();
    assertThat(parse("BISHKEK, the capital of Kyrgyzstan, hosted the meeting.")).isNull();
    assertThat(parse("A - B")).isNull();
    assertThat(parse("Colleagues,")).isNull();
  }

  @Test
  void datelineNeedsTextAfterTheSeparator() {
    assertThat(parse("LONDON (Reuters) -")).isNull();
    assertThat(parse("LONDON -Shares rose")).isNull(); // no agency: a hyphenated word
  }

  @Test
  void listedAgencysDashMayTouchTheSentence() {
    // reuters.com pages print "(Reuters) -The …": the space after the dash lost
    Dateline d = parse("LONDON (Reuters) -The pound fell on Wednesday.");
    assertThat(d).isNotNull();
    assertThat(d.agency()).isEqualTo("Reuters");
    assertThat(d.text()).isEqualTo("LONDON (Reuters) -");
  }

  @Test
  void datelineMustEndWithinTheFirstCharacters() {
    String longPlace = "A".repeat(200) + " (Reuters) - Text.";
    assertThat(parse(longPlace)).isNull();
  }
}
