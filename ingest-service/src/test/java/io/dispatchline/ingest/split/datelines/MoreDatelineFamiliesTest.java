package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dateline families beyond the design's list, as wires print them, and lines that only look like
 * datelines. Each assertion reads every field of the parsed dateline.
 */
class MoreDatelineFamiliesTest {
  private final DatelineParser parser = new DatelineParser(Agencies.load(), Places.load());

  private void assertDateline(
      String paragraph,
      String located,
      String agency,
      String text,
      String dateText,
      int month,
      int day,
      int year,
      String body) {
    Dateline d = parser.parse(paragraph);
    assertThat(d).as(paragraph).isNotNull();
    assertThat(d.located()).as("located").isEqualTo(located);
    assertThat(d.agency()).as("agency").isEqualTo(agency);
    assertThat(d.text()).as("text").isEqualTo(text);
    assertThat(d.dateText()).as("dateText").isEqualTo(dateText);
    assertThat(d.month()).as("month").isEqualTo(month);
    assertThat(d.day()).as("day").isEqualTo(day);
    assertThat(d.year()).as("year").isEqualTo(year);
    assertThat(paragraph.substring(d.bodyStart())).as("body").isEqualTo(body);
  }

  @Test
  void strippedAgencyTagNeedsASentenceNotAWireNameAlone() {
    assertDateline(
        "OSAKA, May 9 Japan's largest brewer raised its forecast.",
        "OSAKA",
        null,
        "OSAKA, May 9",
        "May 9",
        5,
        9,
        0,
        "Japan's largest brewer raised its forecast.");
    // a digest's header line: place, date and the wire's name, no story
    assertThat(parser.parse("OSAKA, May 9 Kyodo")).isNull();
    assertThat(parser.parse("OSAKA, May 9 Kyodo News")).isNull();
  }

  @Test
  void placeInBracketsAlsoRunIntoAPictureCredit() {
    assertDateline(
        "(WASHINGTON) -- One day after the threat, officials answered.",
        "WASHINGTON",
        null,
        "(WASHINGTON) --",
        null,
        0,
        0,
        0,
        "One day after the threat, officials answered.");
    assertDateline(
        "Jo Roe/AFP/Getty Images(NEW YORK) -- Shares rose on Friday.",
        "NEW YORK",
        null,
        "(NEW YORK) --",
        null,
        0,
        0,
        0,
        "Shares rose on Friday.");
    // Words before the bracket that are no picture credit make it no dateline.
    assertThat(parser.parse("Officials said (WASHINGTON) -- that it rained.")).isNull();
  }

  @Test
  void commaBetweenDateAndAgency() {
    assertDateline(
        "KUWAIT, Nov 30, (KUNA): The Amir returned home on Sunday.",
        "KUWAIT",
        "KUNA",
        "KUWAIT, Nov 30, (KUNA):",
        "Nov 30",
        11,
        30,
        0,
        "The Amir returned home on Sunday.");
  }

  @Test
  void teletypeUnderscoreSeparator() {
    assertDateline(
        "MADISON, Wis. (AP) _ Lawmakers voted late on Thursday.",
        "MADISON, Wis.",
        "AP",
        "MADISON, Wis. (AP) _",
        null,
        0,
        0,
        0,
        "Lawmakers voted late on Thursday.");
    assertThat(parser.parse("snake_case _ names")).isNull();
  }

  @Test
  void bulletBeforeTheDatelineIsNoPartOfIt() {
    assertDateline(
        "\u2022 CAIRO (AP) -- The court met on Saturday.",
        "CAIRO",
        "AP",
        "CAIRO (AP) --",
        null,
        0,
        0,
        0,
        "The court met on Saturday.");
  }

  @Test
  void unknownTitleCasePlaceWithDateAndSeparator() {
    assertDateline(
        "Kestrelford, July 16: Police have arrested five men on Friday.",
        "Kestrelford",
        null,
        "Kestrelford, July 16:",
        "July 16",
        7,
        16,
        0,
        "Police have arrested five men on Friday.");
    // A weekday is no place, and without a separator an unknown Title-case word opens no dateline.
    assertThat(parser.parse("Monday, July 16: Police have arrested five men on Friday.")).isNull();
    assertThat(parser.parse("Kestrelford, July 16 Police have arrested five men.")).isNull();
  }

  @Test
  void plainPlaceAndColonForAKnownPlace() {
    assertDateline(
        "BEIJING: China on Friday unveiled a plan.",
        "BEIJING",
        null,
        "BEIJING:",
        null,
        0,
        0,
        0,
        "China on Friday unveiled a plan.");
    assertDateline(
        "NEW DELHI: The session begins Monday.",
        "NEW DELHI",
        null,
        "NEW DELHI:",
        null,
        0,
        0,
        0,
        "The session begins Monday.");
    assertThat(parser.parse("BEIJING: China acts.").weak()).isTrue();
  }

  @Test
  void colonDatelineWithTheCountryOfAKnownPlace() {
    assertDateline(
        "ISLAMABAD, Pakistan: The prime minister said on Tuesday that the talks would go on.",
        "ISLAMABAD, Pakistan",
        null,
        "ISLAMABAD, Pakistan:",
        null,
        0,
        0,
        0,
        "The prime minister said on Tuesday that the talks would go on.");
    assertThat(parser.parse("NOTE, Reuters: The figures are preliminary.")).isNull();
  }

  @Test
  void lowerCaseColonDatelineOfAKnownPlace() {
    String body =
        "A provincial minister on Thursday urged the government to declare the city a free port.";
    assertDateline("lahore: " + body, "lahore", null, "lahore:", null, 0, 0, 0, body);
    assertDateline("new delhi: " + body, "new delhi", null, "new delhi:", null, 0, 0, 0, body);
    // Any other lower-case word before a colon opens a sentence, not a dateline.
    assertThat(parser.parse("note: " + body)).isNull();
    assertThat(parser.parse("lahore: short.")).isNull();
  }

  @Test
  void capitalisedLabelsAndSpeakersAreNoPlaces() {
    assertThat(parser.parse("NOTE: The ministry did not say where.")).isNull();
    assertThat(parser.parse("UPDATE: A study is due in spring.")).isNull();
    assertThat(parser.parse("BREAKING: The speaker said no.")).isNull();
    assertThat(parser.parse("MODERATOR: Good afternoon, everyone.")).isNull();
    assertThat(parser.parse("MR. ZHANG: The budget is ready.")).isNull();
  }

  @Test
  void agencyInParenthesesWithCreditsAndADate() {
    assertDateline(
        "ISLAMABAD, (APP - UrduPoint / Pakistan Point News - 29th Nov, 2023 ) :The cabinet met.",
        "ISLAMABAD",
        "APP",
        "ISLAMABAD, (APP - UrduPoint / Pakistan Point News - 29th Nov, 2023 ) :",
        "29th Nov, 2023",
        11,
        29,
        2023,
        "The cabinet met.");
  }

  @Test
  void creditWithoutAListedAgencyIsKeptAsPrinted() {
    assertDateline(
        "KARACHI, (UrduPoint / Pakistan Point News - 30th Nov, 2023 ) :Workers met.",
        "KARACHI",
        "UrduPoint",
        "KARACHI, (UrduPoint / Pakistan Point News - 30th Nov, 2023 ) :",
        "30th Nov, 2023",
        11,
        30,
        2023,
        "Workers met.");
  }

  @Test
  void agencyInParenthesesAfterADate() {
    assertDateline(
        "LAHORE, Nov 29 (APP): The government acted.",
        "LAHORE",
        "APP",
        "LAHORE, Nov 29 (APP):",
        "Nov 29",
        11,
        29,
        0,
        "The government acted.");
    assertDateline(
        "SEOUL, Nov. 29 (Yonhap) -- South Korea will act.",
        "SEOUL",
        "Yonhap",
        "SEOUL, Nov. 29 (Yonhap) --",
        "Nov. 29",
        11,
        29,
        0,
        "South Korea will act.");
  }

  @Test
  void dateInParentheses() {
    assertDateline(
        "KARACHI (Nov 29): Workers were busy.",
        "KARACHI",
        null,
        "KARACHI (Nov 29):",
        "Nov 29",
        11,
        29,
        0,
        "Workers were busy.");
  }

  @Test
  void dayFirstDates() {
    assertDateline(
        "LONDON, 26 October (Reuters) - Shares rose.",
        "LONDON",
        "Reuters",
        "LONDON, 26 October (Reuters) -",
        "26 October",
        10,
        26,
        0,
        "Shares rose.");
    assertDateline(
        "GENEVA, 3 Nov. 2023 (AFP) - Talks began.",
        "GENEVA",
        "AFP",
        "GENEVA, 3 Nov. 2023 (AFP) -",
        "3 Nov. 2023",
        11,
        3,
        2023,
        "Talks began.");
  }

  @Test
  void abbreviatedMonthWithoutASpace() {
    assertDateline(
        "BEIJING, Oct.27 (Xinhua) -- Markets rose.",
        "BEIJING",
        "Xinhua",
        "BEIJING, Oct.27 (Xinhua) --",
        "Oct.27",
        10,
        27,
        0,
        "Markets rose.");
  }

  @Test
  void indianAgenciesWithoutSeparatorAndWithBracketedRegion() {
    assertDateline(
        "New Delhi, Nov 29 (IANS) The metro opened.",
        "New Delhi",
        "IANS",
        "New Delhi, Nov 29 (IANS)",
        "Nov 29",
        11,
        29,
        0,
        "The metro opened.");
    assertDateline(
        "New Delhi [India], Nov 29 (ANI): The minister spoke.",
        "New Delhi [India]",
        "ANI",
        "New Delhi [India], Nov 29 (ANI):",
        "Nov 29",
        11,
        29,
        0,
        "The minister spoke.");
  }

  @Test
  void efeDotDash() {
    assertDateline(
        "Santiago, Nov 29 (EFE).- Copper output rose.",
        "Santiago",
        "EFE",
        "Santiago, Nov 29 (EFE).-",
        "Nov 29",
        11,
        29,
        0,
        "Copper output rose.");
  }

  @Test
  void datelinesWithoutAPlace() {
    assertDateline(
        "Nov. 29 (UPI) -- Three astronauts returned.",
        null,
        "UPI",
        "Nov. 29 (UPI) --",
        "Nov. 29",
        11,
        29,
        0,
        "Three astronauts returned.");
    assertDateline(
        "(Bloomberg) -- Asian stocks rose.",
        null,
        "Bloomberg",
        "(Bloomberg) --",
        null,
        0,
        0,
        0,
        "Asian stocks rose.");
  }

  @Test
  void regionInParenthesesBeforeTheAgency() {
    assertDateline(
        "Kandahar (Afghanistan) (AFP) - Floods cut the highway.",
        "Kandahar (Afghanistan)",
        "AFP",
        "Kandahar (Afghanistan) (AFP) -",
        null,
        0,
        0,
        0,
        "Floods cut the highway.");
  }

  @Test
  void agencySpellingsAreNormalised() {
    assertThat(parser.parse("ANKARA (AA) - The bank acted.").agency()).isEqualTo("Anadolu");
    assertThat(parser.parse("Berlin (dpa) - Prices fell.").agency()).isEqualTo("dpa");
    assertThat(parser.parse("MOSCOW, Oct 26 (ITAR-TASS) -- Talks.").agency()).isEqualTo("TASS");
    assertThat(parser.parse("PARIS (Agence France-Presse) - Talks.").agency()).isEqualTo("AFP");
  }

  @Test
  void enDashAndDoubleHyphenReuters() {
    assertDateline(
        "COPENHAGEN, Nov 14 (Reuters) – A shipper cut its outlook.",
        "COPENHAGEN",
        "Reuters",
        "COPENHAGEN, Nov 14 (Reuters) –",
        "Nov 14",
        11,
        14,
        0,
        "A shipper cut its outlook.");
    assertDateline(
        "LONDON, Nov 14 (Reuters) -- Oil rose.",
        "LONDON",
        "Reuters",
        "LONDON, Nov 14 (Reuters) --",
        "Nov 14",
        11,
        14,
        0,
        "Oil rose.");
  }

  @Test
  void noAgencyWithEmDash() {
    assertDateline(
        "WASHINGTON — Senate leaders reached a deal.",
        "WASHINGTON",
        null,
        "WASHINGTON —",
        null,
        0,
        0,
        0,
        "Senate leaders reached a deal.");
  }

  @Test
  void thingsInParenthesesThatAreNoAgency() {
    assertThat(parser.parse("WASHINGTON (and elsewhere) — Lawmakers met.")).isNull();
    assertThat(parser.parse("Riyadh (Saudi officials) – Ministers met.")).isNull();
    assertThat(parser.parse("UN (United Nations, New York) - text")).isNull();
    assertThat(parser.parse("(Xinhua) 09:54, October 28, 2023")).isNull();
    assertThat(parser.parse("(Reuters) Shares rose.")).isNull();
    assertThat(parser.parse("Nov. 29 was a Wednesday.")).isNull();
  }

  @Test
  void headlinesWithWireTagsAreNoDatelines() {
    assertThat(parser.parse("UPDATE 1-Danish shipper trims outlook")).isNull();
    assertThat(parser.parse("EXCLUSIVE-China to cut tariffs")).isNull();
  }

  @Test
  void aStoryFiledFromTwoPlacesNamesBoth() {
    assertDateline(
        "Chandrapur (Maharashtra)/ Mumbai, Nov 02 (ANI): The minister spoke.",
        "Chandrapur (Maharashtra)/ Mumbai",
        "ANI",
        "Chandrapur (Maharashtra)/ Mumbai, Nov 02 (ANI):",
        "Nov 02",
        11,
        2,
        0,
        "The minister spoke.");
    assertDateline(
        "New Delhi/ Gurugram (Haryana), Nov 02 (ANI): Crews sprayed water.",
        "New Delhi/ Gurugram (Haryana)",
        "ANI",
        "New Delhi/ Gurugram (Haryana), Nov 02 (ANI):",
        "Nov 02",
        11,
        2,
        0,
        "Crews sprayed water.");
    assertThat(parser.parse("Pros/ Cons: The debate goes on.")).isNull();
    assertThat(parser.parse("Input/ Output (Reuters) was the title.")).isNull();
  }

  @Test
  void anAgencyAfterTheDateOrWithItsReporterInSlashes() {
    assertDateline(
        "Tehran, Jan 23, IRNA - The spokesman said so.",
        "Tehran",
        "IRNA",
        "Tehran, Jan 23, IRNA -",
        "Jan 23",
        1,
        23,
        0,
        "The spokesman said so.");
    assertDateline(
        "Georgia, Tbilisi, Feb. 7 /Trend, N. Roe/ The government acts.",
        "Georgia, Tbilisi",
        "Trend",
        "Georgia, Tbilisi, Feb. 7 /Trend, N. Roe/",
        "Feb. 7",
        2,
        7,
        0,
        "The government acts.");
    assertDateline(
        "HAVANA, Cuba, Jun 17 (acn) Army officials met.",
        "HAVANA, Cuba",
        "ACN",
        "HAVANA, Cuba, Jun 17 (acn)",
        "Jun 17",
        6,
        17,
        0,
        "Army officials met.");
    assertThat(parser.parse("IRNA - Islamic Republic News Agency reported it.")).isNull();
  }
}
