package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages of agencies' own-language services (issue 17): each dispatch's every field — headline,
 * place, agency, dateline, date with its year from the reference date, where the body starts and
 * ends, and its language.
 */
class WireLanguagePagesTest {
  private static final LocalDate INGESTED = LocalDate.of(2026, 12, 4);

  private final Splitter splitter = new Splitter();

  private static String page(String name) throws IOException {
    try (InputStream in =
        WireLanguagePagesTest.class.getResourceAsStream("/split/languages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Dispatch only(String name) throws IOException {
    List<Dispatch> items = splitter.splitText(page(name), INGESTED).dispatches();
    assertThat(items).as(name).hasSize(1);
    return items.get(0);
  }

  @Test
  void russianXinhuaPageEndsBeforeItsShareTagAndReadAlsoLines() throws IOException {
    Dispatch d = only("ru-xinhua-page.txt");
    assertThat(d.kind()).isEqualTo(Kind.DISPATCH);
    assertThat(d.headline()).isEqualTo("Кыргызстан и Китай обсудили развитие торговли");
    assertThat(d.located()).isEqualTo("Бишкек");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("Бишкек, 24 октября /Синьхуа/ --");
    assertThat(d.dateText()).isEqualTo("24 октября");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 24));
    assertThat(d.body()).startsWith("Представители правительств Кыргызстана и Китая в четверг");
    assertThat(d.body()).endsWith("сообщили в министерстве экономики.");
    assertThat(d.body().split("\n\n")).hasSize(2);
    assertThat(d.language()).isEqualTo("ru");
  }

  @Test
  void tassInRussianIsADispatchOfTass() throws IOException {
    Dispatch d = only("ru-tass.txt");
    assertThat(d.headline()).isEqualTo("Правительство утвердило новый план по поддержке фермеров");
    assertThat(d.located()).isEqualTo("МОСКВА");
    assertThat(d.agency()).isEqualTo("TASS");
    assertThat(d.datelineText()).isEqualTo("МОСКВА, 3 ноября. /ТАСС/.");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(d.body()).startsWith("Правительство России утвердило новый план");
    assertThat(d.body()).endsWith("чем в прошлом году.");
    assertThat(d.language()).isEqualTo("ru");
  }

  @Test
  void chineseXinhuaDatelineKeepsItsReporterCreditAndTheBodyEndsBeforeTheEditorCredit()
      throws IOException {
    Dispatch d = only("zh-xinhua-page.txt");
    assertThat(d.headline()).isEqualTo("中吉两国代表会谈讨论贸易合作");
    assertThat(d.located()).isEqualTo("北京");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("新华社北京10月26日电（记者 王明）");
    assertThat(d.dateText()).isEqualTo("10月26日");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(d.body())
        .isEqualTo("中国和吉尔吉斯斯坦两国代表26日在北京举行会谈，双方就扩大贸易合作和建设新公路等问题交换了意见。\n\n双方同意下个月继续举行磋商。");
    assertThat(d.wordCount()).as("a Han character counts as a word").isGreaterThan(40);
    assertThat(d.language()).isEqualTo("zh");
  }

  @Test
  void spanishXinhuaPageEndsBeforeItsShareTagAndRelatedLines() throws IOException {
    Dispatch d = only("es-xinhua-page.txt");
    assertThat(d.headline()).isEqualTo("China y Kirguistán debaten cooperación comercial");
    assertThat(d.located()).isEqualTo("PEKÍN");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("PEKÍN, 26 oct (Xinhua) --");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(d.body()).startsWith("Representantes de los gobiernos de China y Kirguistán");
    assertThat(d.body()).endsWith("según informó el ministerio de economía.");
    assertThat(d.language()).isEqualTo("es");
  }

  @Test
  void twoSpanishAgenciesOnOnePageAreTwoDispatches() throws IOException {
    List<Dispatch> items = splitter.splitText(page("es-two-agencies.txt"), INGESTED).dispatches();
    assertThat(items)
        .extracting(Dispatch::headline, Dispatch::located, Dispatch::agency, Dispatch::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Cuba y Vietnam firman acuerdos de cooperación agrícola",
                "La Habana",
                "Prensa Latina",
                LocalDate.of(2026, 11, 3)),
            org.assertj.core.groups.Tuple.tuple(
                "El Gobierno aprueba un nuevo plan de ayudas para los agricultores",
                "Madrid",
                "EFE",
                LocalDate.of(2026, 11, 3)));
    assertThat(items.get(0).body()).endsWith("entre ambos países.");
    assertThat(items.get(1).body()).endsWith("beneficiará a miles de explotaciones.");
    assertThat(items).extracting(Dispatch::language).containsOnly("es");
  }

  @Test
  void arabicXinhuaHasAPlaceWithoutCapitalsAndNoSeparator() throws IOException {
    Dispatch d = only("ar-xinhua.txt");
    assertThat(d.headline()).isEqualTo("الصين وقرغيزستان تبحثان التعاون التجاري");
    assertThat(d.located()).isEqualTo("بكين");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("بكين 26 أكتوبر (شينخوا)");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(d.body()).startsWith("بحث ممثلو حكومتي الصين وقرغيزستان");
    assertThat(d.language()).isEqualTo("ar");
  }

  @Test
  void ansaPutsItsAgencyBeforeThePlace() throws IOException {
    Dispatch d = only("it-ansa.txt");
    assertThat(d.located()).isEqualTo("ROMA");
    assertThat(d.agency()).isEqualTo("ANSA");
    assertThat(d.datelineText()).isEqualTo("(ANSA) - ROMA, 3 MAR -");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(d.body()).startsWith("Il governo ha approvato oggi");
    assertThat(d.language()).isEqualTo("it");
  }

  @Test
  void aCaptionRunIntoAKyodoDatelineIsSplitOffAndNotTheHeadline() throws IOException {
    Dispatch d = only("ja-kyodo-caption.txt");
    assertThat(d.headline()).isEqualTo("港の新しい橋が開通");
    assertThat(d.located()).isEqualTo("横浜");
    assertThat(d.agency()).isEqualTo("Kyodo");
    assertThat(d.datelineText()).isEqualTo("【横浜共同】");
    assertThat(d.body()).startsWith("横浜市の港に架かる新しい橋が1日開通し");
    assertThat(d.body()).doesNotContain("（共同）");
    assertThat(d.language()).isEqualTo("ja");
  }

  @Test
  void aChineseCaptionIsDroppedAndAPageCutShortKeepsItsLastLine() throws IOException {
    Dispatch d = only("zh-caption-and-cut.txt");
    assertThat(d.headline()).isEqualTo("城市公园举办春季花展");
    assertThat(d.located()).isEqualTo("上海");
    assertThat(d.agency()).isEqualTo("China News Service");
    assertThat(d.datelineText()).isEqualTo("中新社上海3月3日电 (记者 李明)");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(d.body()).doesNotContain("王华 摄");
    assertThat(d.body()).endsWith("主办方表示,花展期间将延长开放时间,方便");
    assertThat(d.language()).isEqualTo("zh");
  }

  @Test
  void chinesePageSkipsItsShareLineForTheTitleAndEndsAtTheEndMark() throws IOException {
    Dispatch d = only("zh-share-line-and-end-mark.txt");
    assertThat(d.kind()).isEqualTo(Kind.DISPATCH);
    assertThat(d.headline()).isEqualTo("两国代表在北京举行贸易会谈并签署合作协议");
    assertThat(d.located()).isEqualTo("北京");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.datelineText()).isEqualTo("新华社北京10月26日电（记者 李华）");
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(d.body()).startsWith("两国代表26日在北京举行会谈");
    assertThat(d.body()).endsWith("并商定明年举行下一轮会谈。");
    assertThat(d.body().split("\n\n")).hasSize(2);
    assertThat(d.language()).isEqualTo("zh");
  }

  @Test
  void russianTitleOverItsDeckDeskCreditAndPictureCredit() throws IOException {
    Dispatch d = only("ru-deck-and-desk-credit.txt");
    assertThat(d.kind()).isEqualTo(Kind.DISPATCH);
    assertThat(d.headline())
        .isEqualTo("Песков: переговоры о новом договоре продолжатся на следующей неделе");
    assertThat(d.located()).isEqualTo("МОСКВА");
    assertThat(d.agency()).isEqualTo("TASS");
    assertThat(d.datelineText()).isEqualTo("МОСКВА, 18 декабря. /ТАСС/.");
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 12, 18)); // the latest not after ingest
    assertThat(d.body()).startsWith("Переговоры о новом торговом договоре");
    assertThat(d.body()).endsWith("готовы продолжать диалог.");
    assertThat(d.language()).isEqualTo("ru");
  }
}
