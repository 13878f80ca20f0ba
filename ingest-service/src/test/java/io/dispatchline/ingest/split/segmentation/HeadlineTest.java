package io.dispatchline.ingest.split.segmentation;

import static io.dispatchline.ingest.split.TestDocs.onlyDispatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.Kind;
import io.dispatchline.ingest.split.Splitter;
import io.dispatchline.ingest.split.chrome.Captions;
import io.dispatchline.ingest.split.paragraphs.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline of a dispatch: past captions, bylines, publish-time lines and a standfirst between
 * it and the dateline; not a menu or section label above it; null when there is none.
 */
class HeadlineTest {
  @Test
  void headlineEndingOnAnAbbreviationIsAHeadline() {
    assertThat(HeadlineFinder.isHeadline(new Block("Army frees 46 recruits: U.N.", false)))
        .isTrue();
    assertThat(HeadlineFinder.isHeadline(new Block("Typhoon alert for Kagoshima Pref.", false)))
        .isTrue();
    assertThat(HeadlineFinder.isHeadline(new Block("The army freed them: U.N. said so.", false)))
        .isFalse();
    // A short sentence with prose's function words is no title, whatever it ends on.
    assertThat(HeadlineFinder.isHeadline(new Block("He moved to the U.S.", false))).isFalse();
  }

  @Test
  void wireSlugLineIsNoHeadlineOfItsOwn() {
    assertThat(Segmenter.isSlugLine("HEALTH-CORONAVIRUS-LATAM")).isTrue();
    assertThat(Segmenter.isSlugLine("USA-FED")).isTrue();
    assertThat(Segmenter.isSlugLine("BRITAIN")).isFalse();
    assertThat(Segmenter.isSlugLine("Jean-Luc")).isFalse();
    assertThat(Segmenter.isSlugLine("KABUL -")).isFalse();
  }

  @Test
  void titleOverARunOfUntitledBriefsIsTheRoundupsNotTheFirstBriefs() {
    List<Dispatch> items =
        new Splitter()
            .splitText(
                """
                News in brief
                VALDORA - The harbour reopened on Monday after a week of repairs.
                MERANTO - Grain prices fell for a second week, traders said.
                CASTELLO - The city council approved a new bus route on Monday.
                """,
                null)
            .dispatches();
    assertThat(items).extracting(Dispatch::headline).containsExactly(null, null, null);
  }

  @Test
  void standfirstSentenceBetweenHeadlineAndDateline() {
    Dispatch d =
        onlyDispatch(
            """
            Drought pushes up maize prices
            Traders say stocks are the lowest in a decade.
            KAMPALA, Uganda (AP) — Maize prices have risen by a third since August.
            """);
    assertThat(d.headline()).isEqualTo("Drought pushes up maize prices");
    // The standfirst summarises the story; the body starts at the dateline.
    assertThat(d.body()).isEqualTo("Maize prices have risen by a third since August.");
  }

  @Test
  void standfirstWithoutFullStopUnderAShorterHeadline() {
    Dispatch d =
        onlyDispatch(
            """
            Kenya opens new rail link
            The line cuts the journey from the coast to the border from two days to eleven hours
            By Wanjiru Kamau
            NAIROBI, Kenya (AP) — Kenya on Tuesday opened a railway line.
            """);
    assertThat(d.headline()).isEqualTo("Kenya opens new rail link");
  }

  @Test
  void standfirstInMarkupUnderAnH1() {
    String html =
        "<h1>Kenya opens new rail link</h1><p>Shorter deck line</p>"
            + "<p>NAIROBI, Kenya (AP) — Kenya on Tuesday opened a railway line.</p>";
    assertThat(new Splitter().splitHtml(html, null).dispatches().get(0).headline())
        .isEqualTo("Kenya opens new rail link");
  }

  @Test
  void captionWithoutCreditBetweenHeadlineAndBylineIsSkipped() {
    Dispatch d =
        onlyDispatch(
            """
            Flood toll rises to 40 in northern valley, aid flown in
            A drone photo shows the flooded streets of Valmora, northern valley, March 3
            By Jane Roe and John Doe
            VALMORA, Valley (Reuters) - Rescuers reached the last cut-off villages on Sunday, officials said.
            """);
    assertThat(d.headline()).isEqualTo("Flood toll rises to 40 in northern valley, aid flown in");
    assertThat(Captions.opensLikeCaption("An aerial view shows the bridge after the flood"))
        .isTrue();
    assertThat(Captions.opensLikeCaption("In this handout image released by the army, troops"))
        .isTrue();
    assertThat(Captions.opensLikeCaption("Photo shoot draws crowds to old harbour")).isFalse();
    assertThat(Captions.opensLikeCaption("A view to a deal: rivals meet in Geneva")).isFalse();
  }

  @Test
  void pictureCreditLineAndTheCaptionUnderItAreSkipped() {
    Dispatch d =
        onlyDispatch(
            """
            Harbour fires new flare -Coastguard
            Valley Herald file photo
            Harbour lights
            VALMORA, Dec 31 (Reuters) - The harbour fired a flare toward the sea early on Saturday.
            """);
    assertThat(d.headline()).isEqualTo("Harbour fires new flare -Coastguard");
  }

  @Test
  void captionBylineAndPublishTimeAreSkipped() {
    Dispatch d =
        onlyDispatch(
            """
            Port handles record container volume
            By Staff Reporter
            (Xinhua) 10:21, October 28, 2023
            Updated 2 hours ago
            Cranes load containers at the port on Friday. (Xinhua/Zhang Ming)
            Trucks queue at the gate of the port on Friday.
            TIANJIN, Oct. 28 (Xinhua) -- A port in north China handled a record number of containers.
            """);
    assertThat(d.headline()).isEqualTo("Port handles record container volume");
    assertThat(d.body()).isEqualTo("A port in north China handled a record number of containers.");
  }

  @Test
  void menuAboveTheHeadlineIsNotTheHeadline() {
    Dispatch d =
        onlyDispatch(
            """
            World
            Business
            Markets
            Oil edges up as supply worries grow
            LONDON, Nov 14 (Reuters) -- Oil prices edged higher on Tuesday.
            """);
    assertThat(d.headline()).isEqualTo("Oil edges up as supply worries grow");
  }

  @Test
  void sectionLabelAboveTheHeadlineIsNotTheHeadline() {
    Dispatch d =
        onlyDispatch(
            """
            Markets
            Oil edges up as supply worries grow
            LONDON, Nov 14 (Reuters) -- Oil prices edged higher on Tuesday.
            """);
    assertThat(d.headline()).isEqualTo("Oil edges up as supply worries grow");
  }

  @Test
  void quotedSentenceIsNoHeadline() {
    assertThat(HeadlineFinder.isHeadline(new Block("He said: “We are ready.”", false))).isFalse();
    assertThat(HeadlineFinder.isHeadline(new Block("“We are ready,” she said", false))).isTrue();
    assertThat(HeadlineFinder.isHeadline(new Block("Is the harvest at risk?", false))).isTrue();
    assertThat(HeadlineFinder.isHeadline(new Block("Prices rose sharply…", false))).isFalse();
  }

  @Test
  void noHeadlineWhenOnlyProseStandsAbove() {
    List<Dispatch> items =
        new Splitter()
            .splitText(
                "The talks ended late on Friday, officials said in a statement.\n"
                    + "ALMATY, Nov 3 (Xinhua) -- Water ministers met on Friday.\n",
                null)
            .dispatches();
    assertThat(items).extracting(Dispatch::kind).containsExactly(Kind.ARTICLE, Kind.DISPATCH);
    assertThat(items.get(1).headline()).isNull();
  }

  @Test
  void bylineWithoutByIsSkippedButATitleCaseHeadlineEndingInAPlaceIsKept() {
    Dispatch guardian =
        onlyDispatch(
            """
            Grain harvest hits record as rains return
            Anna Petrova in Astana
            ASTANA, Oct 27 (Reuters) - Kazakhstan is on course for a record grain harvest.
            """);
    assertThat(guardian.headline()).isEqualTo("Grain harvest hits record as rains return");
    Dispatch titleCase =
        onlyDispatch(
            """
            Home
            World
            Business
            Protests Erupt in Tehran
            TEHRAN (Reuters) - Protesters marched through the capital on Friday.
            """);
    assertThat(titleCase.headline()).isEqualTo("Protests Erupt in Tehran");
  }

  @Test
  void shortPictureLabelUnderThePublishTimeIsNoHeadlineOverTheTitleAboveIt() {
    Dispatch d =
        onlyDispatch(
            "Minister says the talks on the new trade treaty will go on next week\n\n"
                + "Mar 4, 2024, 6:02 AM\n\n"
                + "Jane Roe\n\n"
                + "BERLIN (AP) — The talks on the new trade treaty will go on next week, the"
                + " minister said on Monday after a first round in the capital.\n\n"
                + "She gave no details of the talks.");
    assertThat(d.headline())
        .isEqualTo("Minister says the talks on the new trade treaty will go on next week");
  }

  @Test
  void shortHeadlineUnderASiteBannerAndTimeIsStillTheHeadline() {
    Dispatch d =
        onlyDispatch(
            "Example Daily\n\n"
                + "Mar 4, 2024, 6:02 AM\n\n"
                + "Talks to go on next week\n\n"
                + "BERLIN (AP) — The talks on the new trade treaty will go on next week, the"
                + " minister said on Monday after a first round in the capital.\n\n"
                + "She gave no details of the talks.");
    assertThat(d.headline()).isEqualTo("Talks to go on next week");
  }
}
