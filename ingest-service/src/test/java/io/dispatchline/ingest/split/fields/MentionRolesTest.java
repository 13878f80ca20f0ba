package io.dispatchline.ingest.split.fields;

import static io.dispatchline.ingest.split.SeedSplitTest.org;
import static io.dispatchline.ingest.split.SeedSplitTest.person;
import static io.dispatchline.ingest.split.SeedSplitTest.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named by a role as well as by a title; places and organisations; nothing made up. */
class MentionRolesTest {
  private static final MentionFinder FINDER = new MentionFinder(Gazetteer.load());

  private static List<Mention> find(String text) {
    return FINDER.find(text);
  }

  @Test
  void counterpartWithAndWithoutComma() {
    assertThat(find("Xi met his Russian counterpart, Vladimir Putin, in Beijing."))
        .containsExactly(place("Russia"), person("Vladimir Putin"), place("Beijing"));
    assertThat(find("He called his Kazakh counterpart Murat Nurtleu on Monday."))
        .containsExactly(place("Kazakhstan"), person("Murat Nurtleu"));
  }

  @Test
  void lowerCaseRoleBeforeAName() {
    assertThat(find("Kremlin spokesman Dmitry Peskov said talks were possible."))
        .containsExactly(person("Dmitry Peskov"));
    assertThat(find("foreign ministry spokeswoman Mao Ning told reporters"))
        .containsExactly(person("Mao Ning"));
  }

  @Test
  void roleAfterANameInApposition() {
    assertThat(
            find(
                "\"We are ready,\" said Maria Zakharova, the Russian foreign ministry spokeswoman."))
        .containsExactly(person("Maria Zakharova"), place("Russia"));
    assertThat(find("Jo Roe, a senior analyst at the bank, said rates would fall."))
        .containsExactly(person("Jo Roe"));
  }

  @Test
  void roleOpeningASentence() {
    assertThat(find("Prices held. Economist Jane Harlow said demand was weak."))
        .containsExactly(person("Jane Harlow"));
  }

  @Test
  void abbreviatedTitlesAndInitials() {
    assertThat(find("Sen. Chuck Schumer and Gen. Jo Roe met George W. Bush's envoy."))
        .containsExactly(person("Chuck Schumer"), person("Jo Roe"));
    assertThat(find("President George W. Bush spoke.")).containsExactly(person("George W. Bush"));
    assertThat(find("Secretary General Antonio Guterres spoke."))
        .containsExactly(person("Antonio Guterres"));
    assertThat(find("Syrian President Bashar al-Assad spoke."))
        .containsExactly(place("Syria"), person("Bashar al-Assad"));
  }

  @Test
  void noMadeUpPeople() {
    assertThat(
            find(
                "Premier League clubs, Capital Economics, the analyst team at General Motors and"
                    + " Foreign Ministry officials said nothing."))
        .isEmpty();
    assertThat(find("economist Capital Economics said so.")).isEmpty();
    assertThat(find("The minister Monday said the president Tuesday would decide.")).isEmpty();
    assertThat(find("Goldman Sachs, the investment bank, said so.")).isEmpty();
    assertThat(find("the director General Motors hired")).isEmpty();
  }

  @Test
  void placeThatIsAPersonsSurnameIsNoPlace() {
    assertThat(find("Former basketball star Michael Jordan visited Istanbul."))
        .containsExactly(place("Istanbul"));
    assertThat(find("Troops in Jordan and Northern Syria were put on alert."))
        .containsExactly(place("Jordan"), place("Syria"));
    // A Title-Case headline: "Visits" is a verb, not a first name.
    assertThat(find("Xi Visits Moscow For Talks")).containsExactly(place("Moscow"));
  }

  @Test
  void demonymsCitiesRegionsAndOrganisations() {
    assertThat(
            find(
                "Emirati, Filipino and Dutch envoys met in Lahore, Punjab, with NASA and the Red"
                    + " Cross before flying to Ho Chi Minh City and Texas."))
        .containsExactly(
            place("United Arab Emirates"),
            place("Philippines"),
            place("Netherlands"),
            place("Lahore"),
            place("Punjab"),
            org("National Aeronautics and Space Administration"),
            org("International Committee of the Red Cross"),
            place("Ho Chi Minh City"),
            place("Texas"));
  }

  @Test
  void newspapersNamedAfterPlacesAreNoPlaces() {
    assertThat(find("The Washington Post and China Daily reported it from Washington."))
        .containsExactly(place("Washington"));
  }
}
