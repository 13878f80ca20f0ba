package io.dispatchline.ingest.split.segmentation;

import static io.dispatchline.ingest.split.TestDocs.onlyDispatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Dispatch;
import org.junit.jupiter.api.Test;

/** Where a story's body ends, above all on a page cut short. */
class StoryEndTest {
  @Test
  void pageCutInTheFirstWordsOfAQuotationKeepsThem() {
    Dispatch d =
        onlyDispatch(
            "Port reopens after storm\n\n"
                + "HAVENTON (Reuters) - The port reopened on Monday after a storm closed it for three"
                + " days, the harbour master said.\n\n"
                + "\"It was the worst week we have had in years,\" he told reporters.\n\n"
                + "\"W");
    assertThat(d.body()).endsWith("he told reporters.\n\n\"W");
  }

  @Test
  void pageCutAfterTheFirstClauseOfASentenceKeepsIt() {
    Dispatch d =
        onlyDispatch(
            "Port reopens after storm\n\n"
                + "HAVENTON (Reuters) - The port reopened on Monday after a storm closed it for three"
                + " days, the harbour master said.\n\n"
                + "Haventon, the region's largest po");
    assertThat(d.body()).endsWith("harbour master said.\n\nHaventon, the region's largest po");
  }

  @Test
  void wireInitialsAfterTheLastSentenceAreASignOffNotACaption() {
    Dispatch d =
        onlyDispatch(
            "Minister praises volunteers\n\n"
                + "Valmora, Sept. 20 (ANI): The minister on Sunday praised the volunteers who cleaned"
                + " the old harbour over the weekend.\n\n"
                + "\u201cThey did in two days what we could not do in a year,\u201d he added. (ANI)\n\n"
                + "Related Posts");
    assertThat(d.body())
        .endsWith("what we could not do in a year,\u201d he added.")
        .doesNotContain("(ANI)");
  }

  @Test
  void runningTextWithoutItsFullStopBeforeASignOffEndsTheStory() {
    Dispatch d =
        onlyDispatch(
            "Harbour master taken ill\n\n"
                + "VALMORA (CNN) -- The harbour master was taken to hospital on Thursday, officials"
                + " said.\n\n"
                + "He is suffering from a high fever and doctors said he would stay in hospital for"
                + " the rest of the week\n\n"
                + "Source: Harbour master taken ill\n\n"
                + "I think we knew this a while ago.");
    assertThat(d.body()).endsWith("stay in hospital for the rest of the week");
  }

  @Test
  void pageCutAfterAPossessiveKeepsIt() {
    Dispatch d =
        onlyDispatch(
            "Port reopens after storm\n\n"
                + "HAVENTON (Reuters) - The port reopened on Monday after a storm closed it for three"
                + " days, the harbour master said.\n\n"
                + "The regional council\u2019s");
    assertThat(d.body()).endsWith("harbour master said.\n\nThe regional council\u2019s");
    assertThat(StoryEnd.isCutSentence("Editor's Picks")).isFalse();
    assertThat(StoryEnd.isCutSentence("Macy's")).isFalse();
  }

  @Test
  void shortPageLinesAfterTheLastSentenceAreNotACut() {
    assertThat(StoryEnd.isCutSentence("Related Stories")).isFalse();
    assertThat(StoryEnd.isCutSentence("Share this article")).isFalse();
    assertThat(StoryEnd.isCutSentence("\"Quoted headline\" wins award")).isFalse();
    assertThat(StoryEnd.isCutSentence("Tags: Sudan, Sugar")).isFalse();
    assertThat(StoryEnd.isCutSentence("Kenton, the city's oldest mi")).isTrue();
    assertThat(StoryEnd.isCutSentence("\u201cWe")).isTrue();
  }

  @Test
  void aShoutedBannerAfterTheStoryIsNotItsLastSentence() {
    Dispatch d =
        onlyDispatch(
            "Bakan telefon görüşmeleri yaptı\n\n"
                + "ANKARA (AA) - Dışişleri Bakanı bugün üç mevkidaşıyla telefonda görüştü ve bölgedeki"
                + " gelişmeleri ele aldı.\n\n"
                + "Görüşmelerde salgınla mücadelede iş birliği de konuşuldu.\n\n"
                + "OKURLARIMIZ NE DİYOR?\n\n"
                + "Yorum yapmak için giriş yapın");
    assertThat(d.body()).endsWith("iş birliği de konuşuldu.");
    assertThat(d.language()).isEqualTo("tr");
  }

  @Test
  void aChineseStoryEndsOnItsLastSentenceNotOnTheRelatedTeaser() {
    Dispatch d =
        onlyDispatch(
            "两国签署农业合作协议\n\n"
                + "新华社北京10月26日电 两国代表26日在北京签署农业合作协议,双方将在种子和农机领域开展合作。\n\n"
                + "双方同意下个月继续举行磋商。\n\n"
                + "相关新闻\n\n"
                + "两国举行贸易会谈");
    assertThat(d.body()).endsWith("双方同意下个月继续举行磋商。");
  }
}
