package io.dispatchline.ingest.split.fields;

import static io.dispatchline.ingest.split.SeedSplitTest.org;
import static io.dispatchline.ingest.split.SeedSplitTest.person;
import static io.dispatchline.ingest.split.SeedSplitTest.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions from the gazetteer files and from names after titles. */
class MentionFinderTest {
  private static final MentionFinder FINDER = new MentionFinder(Gazetteer.load());

  private static List<Mention> find(String text) {
    return FINDER.find(text);
  }

  @Test
  void demonymsMapToTheirCountry() {
    assertThat(find("The Kyrgyz side and Chinese firms met Kazakh, Tajik and Uzbek officials."))
        .containsExactly(
            place("Kyrgyzstan"),
            place("China"),
            place("Kazakhstan"),
            place("Tajikistan"),
            place("Uzbekistan"));
  }

  @Test
  void longestNameWins() {
    assertThat(find("South Sudanese and Sudanese envoys met at the South China Sea talks."))
        .containsExactly(place("South Sudan"), place("Sudan"), place("South China Sea"));
    assertThat(find("Central Asian states and the Asian Development Bank."))
        .containsExactly(place("Central Asia"), org("Asian Development Bank"));
  }

  @Test
  void organisationsByNameAndAbbreviation() {
    assertThat(find("The SCO, the Shanghai Cooperation Organisation, the U.N., the UN and BRICS."))
        .containsExactly(
            org("Shanghai Cooperation Organization"), org("United Nations"), org("BRICS"));
    assertThat(find("the Eurasian Economic Union (EEU) and the European Union"))
        .containsExactly(org("Eurasian Economic Union"), org("European Union"));
  }

  @Test
  void namesOnlyOnWordBoundariesAndInTheirCase() {
    assertThat(find("Chinatown, Omania, a turkey, the chinese market, USAGE")).isEmpty();
    assertThat(find("China-Russia and Iran’s ties"))
        .containsExactly(place("China"), place("Russia"), place("Iran"));
  }

  @Test
  void peopleAreNamesAfterATitle() {
    assertThat(find("Russian Prime Minister Mikhail Mishustin met President Xi Jinping."))
        .containsExactly(place("Russia"), person("Mikhail Mishustin"), person("Xi Jinping"));
    assertThat(
            find(
                "Iran's First Vice President Mohammad Mokhber and Prime Minister Luvsannamsrai Oyun-Erdene"))
        .containsExactly(
            place("Iran"), person("Mohammad Mokhber"), person("Luvsannamsrai Oyun-Erdene"));
    assertThat(find("Crown Prince Mohammed bin Salman spoke."))
        .containsExactly(person("Mohammed bin Salman"));
  }

  @Test
  void loneSurnameCountsOnlyWhenItResolvesToOneFullName() {
    assertThat(find("Premier Li said so. Later Chinese Premier Li Qiang left."))
        .containsExactly(person("Li Qiang"), place("China"));
    assertThat(find("President Japarov spoke.")).isEmpty();
    assertThat(
            find(
                "Prime Minister Akylbek Japarov and President Sadyr Japarov met. President Japarov spoke."))
        .containsExactly(person("Akylbek Japarov"), person("Sadyr Japarov"));
  }

  @Test
  void titleWithoutNameNamesNobody() {
    assertThat(find("the Prime Minister of Belarus, Roman Golovchenko, and the premier said"))
        .containsExactly(place("Belarus"));
    assertThat(find("President SCO and Minister of Finance"))
        .containsExactly(org("Shanghai Cooperation Organization"));
  }

  @Test
  void knownNonMentionsAreSkipped() {
    assertThat(find("the Shanghai Spirit and the original Shanghai Five")).isEmpty();
    assertThat(find("talks in Shanghai")).containsExactly(place("Shanghai"));
  }

  @Test
  void duplicatesDroppedInOrderOfFirstAppearance() {
    assertThat(find("China and Russia. Russia and China. Chinese and Russian."))
        .containsExactly(place("China"), place("Russia"));
  }

  @Test
  void gazetteerFilesLoadWithoutConflicts() {
    // Loading throws when one name means two things; the lists are real, maintained data.
    Gazetteer.load();
  }
}
