package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Colon datelines of towns outside the hand-kept gazetteer ("SEREMBAN: …"): the GeoNames towns
 * count only when printed in capitals, so a Title-case label or an English word stays a sentence.
 */
class TownDatelinesTest {
  private final DatelineParser parser = new DatelineParser(Agencies.load());
  private final Places places = Places.load();

  @Test
  void capitalisedTownOutsideTheCuratedListIsAColonDateline() {
    Dateline d = parser.parse("SEREMBAN: The state assembly sat for the first time on Monday.");
    assertThat(d).isNotNull();
    assertThat(d.located()).isEqualTo("SEREMBAN");
    assertThat(d.agency()).isNull();
    assertThat(d.knownPlace()).isTrue();
  }

  @Test
  void twoWordTownInCapitalsIsAColonDateline() {
    Dateline d = parser.parse("JOHOR BAHRU: Police detained two men after a raid on Sunday.");
    assertThat(d).isNotNull();
    assertThat(d.located()).isEqualTo("JOHOR BAHRU");
  }

  @Test
  void townsAreKnownOnlyWhenShouted() {
    assertThat(places.known("SEREMBAN")).isTrue();
    assertThat(places.known("Seremban")).isFalse();
    assertThat(places.known("FAISALABAD")).isTrue();
    assertThat(places.known("BOGOTÁ")).isTrue();
  }

  @Test
  void curatedPlacesAreKnownInAnyCase() {
    assertThat(places.known("New Delhi")).isTrue();
    assertThat(places.known("NEW DELHI")).isTrue();
  }

  @Test
  void englishWordsAndNamesAreNotTowns() {
    // GeoNames has towns called Mobile, Reading, Sale, Clinton and Jackson.
    assertThat(places.known("MOBILE")).isFalse();
    assertThat(places.known("READING")).isFalse();
    assertThat(places.known("SALE")).isFalse();
    assertThat(places.known("CLINTON")).isFalse();
    assertThat(places.known("JACKSON")).isFalse();
  }

  @Test
  void labelsInCapitalsBeforeAColonAreNotDatelines() {
    assertThat(parser.parse("NOTE: The figures are provisional and may change.")).isNull();
    assertThat(parser.parse("MODERATOR: Thank you all for joining us today.")).isNull();
    assertThat(parser.parse("CLINTON: We will not back down from this fight.")).isNull();
    assertThat(parser.parse("UPDATE: The road has reopened to traffic.")).isNull();
  }

  @Test
  void titleCaseTownBeforeAColonIsNotADateline() {
    assertThat(parser.parse("Seremban: a town that grew up around tin mines")).isNull();
  }
}
