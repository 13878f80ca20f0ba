package io.dispatchline.ingest.split;

import static io.dispatchline.ingest.split.SeedSplitTest.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small page per dateline family, every field of every dispatch asserted. */
class DatelineFamiliesTest {
  private final Splitter splitter = new Splitter();

  private static void assertDispatch(
      Dispatch d,
      int sequence,
      String headline,
      String located,
      String agency,
      String datelineText,
      String dateText,
      LocalDate date,
      List<String> body,
      int words,
      List<Mention> mentions) {
    assertThat(d.sequence()).isEqualTo(sequence);
    assertThat(d.kind()).isEqualTo(Kind.DISPATCH);
    assertThat(d.headline()).isEqualTo(headline);
    assertThat(d.located()).isEqualTo(located);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.datelineText()).isEqualTo(datelineText);
    assertThat(d.dateText()).isEqualTo(dateText);
    assertThat(d.date()).isEqualTo(date);
    assertThat(d.body()).isEqualTo(String.join("\n\n", body));
    assertThat(d.wordCount()).isEqualTo(words);
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.mentions()).containsExactlyElementsOf(mentions);
    assertThat(d.id()).isEqualTo(DispatchId.of(Kind.DISPATCH, datelineText, d.body()));
  }

  @Test
  void xinhuaDoubleHyphenDatelinesWithPublishTimeAndCaptionAboveThem() {
    List<Dispatch> items =
        splitter.splitText(TestDocs.read("xinhua-double-dash.txt"), null).dispatches();
    assertThat(items).hasSize(2);
    assertDispatch(
        items.get(0),
        0,
        "Autumn grain harvest tops forecast in northeast China",
        "BEIJING",
        "Xinhua",
        "BEIJING, Oct. 27 (Xinhua) --",
        "Oct. 27",
        LocalDate.of(2023, 10, 27),
        List.of(
            "China's northeastern provinces have brought in an autumn grain harvest above early"
                + " forecasts, agricultural authorities said on Friday.",
            "Officials credited timely rainfall in August and the wider use of harvesting machines"
                + " for the result.",
            "GRAIN STORAGE",
            "Storage capacity in the region has been expanded ahead of the winter months, the"
                + " authorities said."),
        52,
        List.of(place("China")));
    assertDispatch(
        items.get(1),
        1,
        "Port handles record container volume",
        "BEIJING",
        "Xinhua",
        "BEIJING, Oct. 28 (Xinhua) --",
        "Oct. 28",
        LocalDate.of(2023, 10, 28),
        List.of(
            "A port in north China handled a record number of containers in the first three"
                + " quarters, the port operator said here Saturday.",
            "The operator attributed the growth to new shipping routes opened this year."),
        34,
        List.of(place("China")));
  }

  @Test
  void reutersDatelinesWithAndWithoutDate() {
    List<Dispatch> items =
        splitter.splitText(TestDocs.read("reuters.txt"), LocalDate.of(2023, 11, 15)).dispatches();
    assertThat(items).hasSize(2);
    assertDispatch(
        items.get(0),
        0,
        "Italian lender's quarterly profit beats expectations",
        "MILAN",
        "Reuters",
        "MILAN, Nov 14 (Reuters) -",
        "Nov 14",
        LocalDate.of(2023, 11, 14),
        List.of(
            "An Italian bank reported a higher-than-expected third-quarter net profit on Tuesday,"
                + " helped by rising interest income.",
            "The lender said it would keep its full-year guidance unchanged."),
        26,
        List.of(place("Italy")));
    assertDispatch(
        items.get(1),
        1,
        "London shares edge higher as miners gain",
        "LONDON",
        "Reuters",
        "LONDON (Reuters) -",
        null,
        null,
        List.of(
            "London's main share index edged higher on Tuesday as mining stocks rose with metal"
                + " prices.",
            "Gains were capped by weakness in consumer stocks, traders said."),
        25,
        List.of(place("London")));
  }

  @Test
  void apDatelinesWithBylineAndAgencyCreditBetweenHeadlineAndDateline() {
    List<Dispatch> items = splitter.splitText(TestDocs.read("ap.txt"), null).dispatches();
    assertThat(items).hasSize(2);
    assertDispatch(
        items.get(0),
        0,
        "Senate passes stopgap bill to keep government open",
        "WASHINGTON",
        "AP",
        "WASHINGTON (AP) —",
        null,
        null,
        List.of(
            "The Senate on Thursday passed a short-term spending bill that keeps federal agencies"
                + " funded into next year, sending the measure to the president.",
            "Lawmakers in both parties said the vote bought time for talks on full-year budgets."),
        37,
        List.of());
    assertDispatch(
        items.get(1),
        1,
        "Kenya launches drive to plant trees along highways",
        "NAIROBI, Kenya",
        "AP",
        "NAIROBI, Kenya (AP) —",
        null,
        null,
        List.of(
            "Kenya on Monday launched a campaign to plant trees along its main highways, officials"
                + " said.",
            "The program will run through the rainy season."),
        23,
        List.of(place("Kenya")));
  }

  @Test
  void afpDatelinesWithColonAndTitleCasePlace() {
    List<Dispatch> items = splitter.splitText(TestDocs.read("afp.txt"), null).dispatches();
    assertThat(items).hasSize(2);
    assertDispatch(
        items.get(0),
        0,
        "Flash floods cut roads in southern Afghanistan",
        "KANDAHAR",
        "AFP",
        "KANDAHAR, Sept 30 (AFP):",
        "Sept 30",
        LocalDate.of(2024, 9, 30), // from "Published: 09:12, September 30, 2024"
        List.of(
            "Flash floods cut several roads in southern Afghanistan after heavy overnight rain,"
                + " local officials said Monday.",
            "Relief teams were sent to the worst-hit districts, they said."),
        26,
        List.of(place("Afghanistan")));
    assertDispatch(
        items.get(1),
        1,
        "Saudi capital hosts regional water conference",
        "Riyadh",
        "AFP",
        "Riyadh (AFP) –",
        null,
        null,
        List.of(
            "Water ministers from across the region met in the Saudi capital on Monday to discuss"
                + " drought planning.",
            "Delegates agreed to share rainfall data, a statement said."),
        26,
        List.of(place("Saudi Arabia")));
  }

  @Test
  void datelinesWithoutAgency() {
    List<Dispatch> items =
        splitter.splitText(TestDocs.read("no-agency.txt"), LocalDate.of(2023, 12, 5)).dispatches();
    assertThat(items).hasSize(3);
    assertDispatch(
        items.get(0),
        0,
        "Bishkek hosts regional transport forum",
        "BISHKEK",
        null,
        "BISHKEK -",
        null,
        null,
        List.of(
            "Transport officials from Central Asian countries met in Bishkek on Thursday to discuss"
                + " new rail links.",
            "The forum will meet again next year."),
        23,
        List.of(place("Bishkek"), place("Central Asia")));
    assertDispatch(
        items.get(1),
        1,
        "Qatar to expand desalination capacity",
        "DOHA",
        null,
        "DOHA, Nov 29:",
        "Nov 29",
        LocalDate.of(2023, 11, 29),
        List.of(
            "Qatar plans to expand its desalination capacity over the next five years, the state"
                + " water utility said on Wednesday.",
            "A new plant is due to open on the coast."),
        29,
        List.of(place("Qatar")));
    assertDispatch(
        items.get(2),
        2,
        "Cuba and China sign agricultural cooperation plan",
        "HAVANA / BEIJING",
        null,
        "HAVANA / BEIJING -",
        null,
        null,
        List.of(
            "Cuba and China signed a plan on Tuesday to cooperate on rice farming and irrigation.",
            "Experts from both countries will visit farms next spring."),
        24,
        List.of(place("Cuba"), place("China")));
  }

  @Test
  void tassDateline() {
    List<Dispatch> items =
        splitter.splitText(TestDocs.read("tass.txt"), LocalDate.of(2023, 11, 1)).dispatches();
    assertThat(items).hasSize(1);
    assertDispatch(
        items.get(0),
        0,
        "Russian and Kyrgyz officials discuss trade",
        "BISHKEK",
        "TASS",
        "BISHKEK, October 26. /TASS/.",
        "October 26",
        LocalDate.of(2023, 10, 26),
        List.of(
            "Russian and Kyrgyz officials discussed ways to increase trade during talks in the"
                + " Kyrgyz capital on Thursday, a government spokesman told TASS.",
            "The sides agreed to meet again in December."),
        30,
        List.of(place("Russia"), place("Kyrgyzstan")));
  }
}
