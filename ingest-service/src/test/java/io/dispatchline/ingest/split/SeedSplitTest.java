package io.dispatchline.ingest.split;

import static io.dispatchline.ingest.split.MentionType.ORGANISATION;
import static io.dispatchline.ingest.split.MentionType.PERSON;
import static io.dispatchline.ingest.split.MentionType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.datelines.DatelineParser;
import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed page, asserted exactly: one lead article and eight Xinhua dispatches. */
public class SeedSplitTest {
  private static final SplitResult SEED = new Splitter().splitText(TestDocs.seed(), null);

  private static Dispatch item(int i) {
    return SEED.dispatches().get(i);
  }

  @Test
  void seedSplitsIntoLeadArticleAndEightXinhuaDispatches() {
    assertThat(SEED.dispatches()).hasSize(9);
    assertThat(SEED.dispatches())
        .extracting(Dispatch::kind)
        .containsExactly(
            Kind.ARTICLE,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH,
            Kind.DISPATCH);
    assertThat(SEED.dispatches())
        .extracting(Dispatch::sequence)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void everyItemHasItsOwnHeadline() {
    assertThat(SEED.dispatches())
        .extracting(Dispatch::headline)
        .containsExactly(
            "Li Qiang: SCO represents the shared aspiration of regional countries for friendship,"
                + " security and development",
            "Regional affairs should be decided without external interference: Chinese premier",
            "Full Text: Speech by Chinese Premier Li Qiang at SCO meeting",
            "China-Russia cooperation not targeted at any third party: premier",
            "China to work with Mongolia to safeguard sovereignty, independence — Chinese premier",
            "China to strengthen communication, coordination with Iran within multilateral"
                + " mechanisms — premier",
            "China ready to work with Tajikistan to implement China-proposed initiatives",
            "China to push for deeper synergy between BRI, Belarus’ development strategy — premier",
            "Chinese premier calls on China, Kyrgyzstan to focus on high-quality Belt and Road"
                + " cooperation");
  }

  @Test
  void leadArticleHasNoDatelineAndNoInventedDate() {
    Dispatch article = item(0);
    assertThat(article.located()).isNull();
    assertThat(article.agency()).isNull();
    assertThat(article.datelineText()).isNull();
    assertThat(article.dateText()).isNull();
    // The article names "October 26" but no year of its own: nothing to resolve it from honestly.
    assertThat(article.date()).isNull();
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.wordCount()).isEqualTo(1432);
  }

  @Test
  void leadArticleBodyIsTheIntroWithoutTheRepublicationNotice() {
    List<String> body = TestDocs.bodyParagraphs(item(0));
    assertThat(body).hasSize(29);
    assertThat(body.get(0))
        .isEqualTo(
            "The 22nd Meeting of the Council of Heads of Government of the Member States of the"
                + " Shanghai Cooperation Organisation (SCO) was held in Bishkek, the capital city of"
                + " Kyrgyzstan, on October 26.");
    assertThat(body.get(28))
        .isEqualTo(
            "President Japarov said that the Kyrgyz side stands ready to deepen cooperation with"
                + " China within the framework of China-Central Asia cooperation and the Shanghai"
                + " Cooperation Organisation, jointly combat the ‘three forces’ of terrorism,"
                + " separatism and extremism, effectively address traditional and non-traditional"
                + " security challenges, and promote regional security and development.");
    // Dropped as editorial chrome: it describes the page, it is not part of the article.
    assertThat(item(0).body()).doesNotContain("originally published");
    assertThat(SEED.dispatches())
        .allSatisfy(d -> assertThat(d.body()).doesNotContain("The following reports"));
  }

  @Test
  void dispatchesCarryTheXinhuaDatelineAsPrinted() {
    List<Dispatch> dispatches = SEED.dispatches().subList(1, 9);
    assertThat(dispatches).extracting(Dispatch::located).containsOnly("BISHKEK");
    assertThat(dispatches).extracting(Dispatch::agency).containsOnly("Xinhua");
    assertThat(dispatches)
        .extracting(Dispatch::datelineText)
        .containsExactly(
            "BISHKEK, Oct. 26 (Xinhua) —",
            "BISHKEK, Oct. 27 (Xinhua) —",
            "BISHKEK, Oct. 25 (Xinhua) —",
            "BISHKEK, Oct. 26 (Xinhua) —",
            "BISHKEK, Oct. 26 (Xinhua) —",
            "BISHKEK, Oct. 26 (Xinhua) —",
            "BISHKEK, Oct. 27 (Xinhua) —",
            "BISHKEK, Oct. 25 (Xinhua) —");
    assertThat(dispatches)
        .extracting(Dispatch::dateText)
        .containsExactly(
            "Oct. 26", "Oct. 27", "Oct. 25", "Oct. 26", "Oct. 26", "Oct. 26", "Oct. 27", "Oct. 25");
    assertThat(dispatches).extracting(Dispatch::language).containsOnly("en");
  }

  @Test
  void datesGetTheirYearFromTheSpeechDateLine() {
    assertThat(SEED.dispatches().subList(1, 9))
        .extracting(Dispatch::date)
        .containsExactly(
            LocalDate.of(2023, 10, 26),
            LocalDate.of(2023, 10, 27),
            LocalDate.of(2023, 10, 25),
            LocalDate.of(2023, 10, 26),
            LocalDate.of(2023, 10, 26),
            LocalDate.of(2023, 10, 26),
            LocalDate.of(2023, 10, 27),
            LocalDate.of(2023, 10, 25));
  }

  @Test
  void referenceDateDoesNotOverrideTheDocumentsOwnEvidence() {
    SplitResult withReference = new Splitter().splitText(TestDocs.seed(), LocalDate.of(2030, 1, 1));
    assertThat(withReference.dispatches())
        .extracting(Dispatch::date)
        .isEqualTo(SEED.dispatches().stream().map(Dispatch::date).toList());
  }

  @Test
  void eachDispatchBodyRunsFromItsDatelineToTheNextHeadline() {
    assertBody(
        1,
        15,
        692,
        "Looking back at the founding aspiration of the Shanghai Cooperation Organization (SCO),"
            + " its members were brought together to ensure that regional affairs are decided by"
            + " regional countries through consultation, without interference from those outside the"
            + " region, Chinese Premier Li Qiang said here Thursday.",
        "The Chinese premier and other leaders of the SCO member states attending the meeting"
            + " signed and issued a joint communique, and approved a series of SCO cooperation"
            + " documents and resolutions on economy and trade, railways and institution building,"
            + " among other areas.");
    assertBody(
        2,
        16,
        1341,
        "The following is the full text of the speech by Chinese Premier Li Qiang at the 22nd"
            + " Meeting of the Council of Heads of Government of Member States of the Shanghai"
            + " Cooperation Organization (SCO) on Thursday.",
        "A famous line from the Kyrgyz epic Manas says that those who work hard will succeed. So"
            + " let us work even harder to implement the Shanghai Spirit, deepen mutually beneficial"
            + " cooperation, and create a better life for all our peoples!");
    assertBody(
        3,
        11,
        421,
        "China-Russia cooperation is not targeted at any third party, nor will it be disturbed by"
            + " any third party, Chinese Premier Li Qiang said here on Wednesday.",
        "Mishustin added that Russia stands ready to make a success of the Russia-China years of"
            + " culture, deepen cooperation within the SCO, BRICS and other multilateral mechanisms,"
            + " and promote the multi-polarization of the world.");
    assertBody(
        4,
        13,
        513,
        "China stands ready to work with Mongolia to firmly support each other in safeguarding"
            + " sovereignty, independence and territorial integrity, Chinese Premier Li Qiang said"
            + " here Thursday.",
        "Mongolia stands ready to work with China to strengthen border port capacity building and"
            + " connectivity, promote the Belt and Road cooperation, deepen cooperation in areas"
            + " including trade, railway, green development, tourism and culture, and deepen"
            + " multilateral cooperation, so as to lift Mongolia-China relations to a higher level,"
            + " he said.");
    assertBody(
        5,
        9,
        328,
        "China stands ready to strengthen communication and coordination with Iran within the"
            + " United Nations, the Shanghai Cooperation Organization (SCO), BRICS and other"
            + " multilateral mechanisms, practice true multilateralism, and safeguard the common"
            + " interests of developing countries, Chinese Premier Li Qiang said here Thursday.",
        "Iran is willing to work with China in the Belt and Road cooperation, strengthen"
            + " connectivity and mutually beneficial cooperation in various fields, deepen mutual"
            + " coordination within multilateral frameworks and push for continuous and in-depth"
            + " development of Iran-China relations, Mokhber said.");
    assertBody(
        6,
        9,
        420,
        "Chinese Premier Li Qiang said here on Thursday that China is ready to work with"
            + " Tajikistan to promote the implementation of the Global Development Initiative, the"
            + " Global Security Initiative and the Global Civilization Initiative, so as to better"
            + " meet global challenges and promote common development and prosperity.",
        "Tajikistan stands ready to work with China to promote all-round cooperation between China"
            + " and Central Asian countries, deepen coordination within the frameworks of the United"
            + " Nations and the SCO, and promote regional peace and prosperity, he said.");
    assertBody(
        7,
        8,
        255,
        "China stands ready to push for deeper synergy between the Belt and Road Initiative and"
            + " Belarus’ strategy for social and economic development and jointly build the"
            + " China-Belarus Industrial Park and other key projects, Chinese Premier Li Qiang said"
            + " here Friday.",
        // The page has a no-break space after this sentence: it is folded away.
        "Belarus is ready to strengthen cooperation with China within multilateral frameworks such"
            + " as the SCO to jointly boost the multipolarization of the world, he added.");
    assertBody(
        8,
        12,
        527,
        "Chinese Premier Li Qiang said here Wednesday that China is ready to work with Kyrgyzstan"
            + " to give full play to industrial complementarity and expand the scope and scale of"
            + " economic and trade cooperation with a focus on high-quality Belt and Road"
            + " cooperation.",
        "The Kyrgyz side stands ready to deepen cooperation with China within the framework of"
            + " China-Central Asia cooperation and the Shanghai Cooperation Organization, jointly"
            + " combat the “three forces” of terrorism, separatism and extremism, effectively address"
            + " traditional and non-traditional security challenges, and promote regional security"
            + " and development, said Japarov.");
  }

  private static void assertBody(int i, int paragraphs, int words, String first, String last) {
    List<String> body = TestDocs.bodyParagraphs(item(i));
    assertThat(body).as("paragraphs of item %d", i).hasSize(paragraphs);
    assertThat(body.get(0)).as("first paragraph of item %d", i).isEqualTo(first);
    assertThat(body.get(paragraphs - 1)).as("last paragraph of item %d", i).isEqualTo(last);
    assertThat(item(i).wordCount()).as("words of item %d", i).isEqualTo(words);
  }

  @Test
  void fullTextSpeechStaysOneDispatchWithItsInnerDateLine() {
    List<String> speech = TestDocs.bodyParagraphs(item(2));
    assertThat(speech)
        .containsSubsequence(
            "Following is the full text of Li’s remarks:",
            "Speech by H.E. Li Qiang",
            "Premier of the State Council of the People’s Republic of China",
            "At the 22nd Meeting of the Council of Heads of Government of Member States of the"
                + " Shanghai Cooperation Organization",
            "BISHKEK, October 26, 2023",
            "Your Excellency Prime Minister Akylbek Japarov,",
            "Colleagues,");
    assertThat(speech).filteredOn("Colleagues,"::equals).hasSize(2);
  }

  @Test
  void noBodyHoldsADatelineOrTheCommentFooter() {
    DatelineParser parser = new DatelineParser(Agencies.load());
    for (Dispatch d : SEED.dispatches()) {
      assertThat(d.body()).doesNotContain("(Xinhua) —", "Leave a Reply", "Your email address");
      assertThat(d.body()).doesNotStartWith("BISHKEK").doesNotEndWith("*");
      assertThat(TestDocs.bodyParagraphs(d)).allSatisfy(p -> assertThat(parser.parse(p)).isNull());
      assertThat(d.body()).doesNotContain("\n\n\n").isEqualTo(d.body().strip());
    }
  }

  @Test
  void idsAreDispatchIdsOfKindDatelineAndBody() {
    for (Dispatch d : SEED.dispatches()) {
      assertThat(d.id())
          .isEqualTo(DispatchId.of(d.kind(), d.datelineText(), d.body()))
          .matches("[0-9a-f]{32}");
    }
    assertThat(SEED.dispatches()).extracting(Dispatch::id).doesNotHaveDuplicates();
    assertThat(SEED.documentId()).matches("[0-9a-f]{32}");
  }

  @Test
  void mentionsOfTheLeadArticle() {
    assertThat(item(0).mentions())
        .containsExactly(
            org("Shanghai Cooperation Organization"),
            place("Bishkek"),
            place("Kyrgyzstan"),
            place("China"),
            person("Li Qiang"),
            place("Kazakhstan"),
            person("Alikhan Smailov"),
            place("Russia"),
            person("Mikhail Mishustin"),
            place("Tajikistan"),
            person("Kokhir Rasulzoda"),
            place("Uzbekistan"),
            person("Abdulla Aripov"),
            place("Iran"),
            person("Mohammad Mokhber"),
            place("India"),
            place("Pakistan"),
            place("Belarus"),
            person("Roman Golovchenko"),
            place("Mongolia"),
            person("Luvsannamsrai Oyun-Erdene"),
            person("Akylbek Japarov"),
            org("Eurasian Economic Union"),
            person("Xi Jinping"),
            person("Ebrahim Raisi"),
            place("Central Asia"),
            org("United Nations"),
            person("Alexander Lukashenko"),
            person("Sadyr Japarov"));
  }

  @Test
  void mentionsOfTheDispatches() {
    assertThat(item(1).mentions())
        .containsExactly(
            place("China"),
            org("Shanghai Cooperation Organization"),
            person("Li Qiang"),
            place("Samarkand"),
            person("Xi Jinping"),
            place("Kazakhstan"),
            person("Alikhan Smailov"),
            place("Russia"),
            person("Mikhail Mishustin"),
            place("Tajikistan"),
            person("Kokhir Rasulzoda"),
            place("Uzbekistan"),
            person("Abdulla Aripov"),
            place("Iran"),
            person("Mohammad Mokhber"),
            place("India"),
            place("Pakistan"),
            place("Belarus"),
            person("Roman Golovchenko"),
            place("Mongolia"),
            person("Luvsannamsrai Oyun-Erdene"),
            place("Kyrgyzstan"),
            person("Akylbek Japarov"));
    assertThat(item(2).mentions())
        .containsExactly(
            place("China"),
            person("Li Qiang"),
            org("Shanghai Cooperation Organization"),
            person("Akylbek Japarov"),
            place("Bishkek"),
            place("Kyrgyzstan"),
            person("Xi Jinping"),
            place("Samarkand"),
            place("Beijing"));
    assertThat(item(3).mentions())
        .containsExactly(
            place("China"),
            place("Russia"),
            person("Li Qiang"),
            person("Mikhail Mishustin"),
            org("Shanghai Cooperation Organization"),
            person("Xi Jinping"),
            // "his Russian counterpart, Vladimir Putin": a person named by a role (issue 3).
            person("Vladimir Putin"),
            place("Beijing"),
            org("Eurasian Economic Union"),
            org("BRICS"));
    assertThat(item(4).mentions())
        .containsExactly(
            place("China"),
            place("Mongolia"),
            person("Li Qiang"),
            person("Luvsannamsrai Oyun-Erdene"),
            org("Shanghai Cooperation Organization"),
            person("Xi Jinping"),
            person("Ukhnaa Khurelsukh"),
            place("Beijing"));
    assertThat(item(5).mentions())
        .containsExactly(
            place("China"),
            place("Iran"),
            org("United Nations"),
            org("Shanghai Cooperation Organization"),
            org("BRICS"),
            person("Li Qiang"),
            person("Mohammad Mokhber"),
            person("Xi Jinping"),
            person("Ebrahim Raisi"));
    assertThat(item(6).mentions())
        .containsExactly(
            place("China"),
            place("Tajikistan"),
            person("Li Qiang"),
            person("Kokhir Rasulzoda"),
            org("Shanghai Cooperation Organization"),
            person("Xi Jinping"),
            person("Emomali Rahmon"),
            place("Central Asia"),
            org("United Nations"));
    assertThat(item(7).mentions())
        .containsExactly(
            place("China"),
            place("Belarus"),
            person("Li Qiang"),
            person("Roman Golovchenko"),
            org("Shanghai Cooperation Organization"),
            person("Xi Jinping"),
            person("Alexander Lukashenko"));
    assertThat(item(8).mentions())
        .containsExactly(
            place("China"),
            place("Kyrgyzstan"),
            person("Li Qiang"),
            person("Sadyr Japarov"),
            person("Xi Jinping"),
            place("Uzbekistan"),
            place("Central Asia"),
            org("United Nations"),
            org("Shanghai Cooperation Organization"));
  }

  public static Mention place(String name) {
    return new Mention(name, PLACE);
  }

  public static Mention person(String name) {
    return new Mention(name, PERSON);
  }

  public static Mention org(String name) {
    return new Mention(name, ORGANISATION);
  }
}
