package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.chrome.NavigationRuns;
import io.dispatchline.ingest.split.datelines.DateText;
import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.datelines.Months;
import io.dispatchline.ingest.split.fields.DispatchId;
import io.dispatchline.ingest.split.fields.IdHasher;
import io.dispatchline.ingest.split.fields.Ids;
import io.dispatchline.ingest.split.fields.Language;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.paragraphs.Nfc;
import io.dispatchline.ingest.split.text.NameTable;
import io.dispatchline.ingest.split.text.Tokens;
import io.dispatchline.ingest.split.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small building blocks: ids, NFC, name lookup, months, language, menus. */
class SmallPartsTest {
  @Test
  void idHasherHashesExactlyTheUtf8OfTheNormalForm() throws Exception {
    String text = "  Caf\u0065\u0301 — “quoted” \uD83D\uDE00 lone \uD800 end\r\n x ";
    String normal = Ids.normalise(text);
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
    String expected = HexFormat.of().formatHex(digest).substring(0, 32);
    assertThat(new IdHasher().normalised(text).hex()).isEqualTo(expected);
    assertThat(Ids.documentId(text)).isEqualTo(expected);
    // Long input crosses the hasher's buffer many times.
    String longText = "abc — déf ".repeat(10_000);
    byte[] d2 =
        MessageDigest.getInstance("SHA-256")
            .digest(Ids.normalise(longText).getBytes(StandardCharsets.UTF_8));
    assertThat(new IdHasher().normalised(longText).hex())
        .isEqualTo(HexFormat.of().formatHex(d2).substring(0, 32));
  }

  @Test
  void dispatchIdFromParagraphsEqualsIdFromBody() {
    List<String> paragraphs = List.of("First — paragraph.", "Second “one”.");
    assertThat(DispatchId.of(Kind.DISPATCH, "BISHKEK -", paragraphs))
        .isEqualTo(DispatchId.of(Kind.DISPATCH, "BISHKEK -", String.join("\n\n", paragraphs)));
  }

  @Test
  void nfcFastPathAgreesWithTheNormalizer() {
    for (String s :
        List.of("plain ascii", "Caf\u00e9", "Cafe\u0301", "\u1100\u1161", "\u212B", "— ’ “")) {
      assertThat(Nfc.normalize(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
    assertThat(Nfc.isStable("— ’ “ Caf\u00e9")).isTrue();
    assertThat(Nfc.isStable("Cafe\u0301")).isFalse();
  }

  @Test
  void nameTableLooksUpTokenRunsWithoutCopies() {
    NameTable<String> table = new NameTable<>();
    for (int i = 0; i < 1000; i++) {
      table.putIfAbsent("Name " + i, "v" + i);
    }
    table.putIfAbsent("U N", "United Nations");
    Tokens t = Tokens.of("the U.N. and Name 42, Name 999");
    assertThat(table.get(t, 1, 2)).isEqualTo("United Nations");
    assertThat(table.get(t, 4, 2)).isEqualTo("v42");
    assertThat(table.get(t, 6, 2)).isEqualTo("v999");
    assertThat(table.get(t, 0, 1)).isNull();
    assertThat(table.get("Name 7")).isEqualTo("v7");
  }

  @Test
  void tokensCountWordsAsWordsDoes() {
    String text = "Li said — here on “Thursday” 2023-10-26, O’Neil’s U.N. 3.5% ... *";
    assertThat(Tokens.of(text).words()).isEqualTo(Words.count(text)).isEqualTo(9);
  }

  @Test
  void monthsAndWeekdays() {
    assertThat(Months.month("Sept")).isEqualTo(9);
    assertThat(Months.month("SEPTEMBER")).isEqualTo(9);
    assertThat(Months.month("Sep")).isEqualTo(9);
    assertThat(Months.month("Septem")).isZero();
    assertThat(Months.month("May")).isEqualTo(5);
    assertThat(Months.month("Mayor")).isZero();
    assertThat(Months.month("June")).isEqualTo(6);
    assertThat(Months.weekday("thursday")).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(Months.weekday("Thurs")).isNull();
  }

  @Test
  void languageOfShortAndLongTexts() {
    assertThat(Language.detect("Water ministers met with officials here on Thursday."))
        .isEqualTo("en");
    assertThat(Language.detect("Le ministre a rencontré les représentants des pays voisins."))
        .isEqualTo("fr");
    assertThat(Language.detect("")).isEqualTo("und");
    assertThat(Language.detect("12 34 56")).isEqualTo("und");
  }

  @Test
  void menusAreRunsOfThreeShortLines() {
    List<Block> blocks =
        List.of(
            new Block("World", false),
            new Block("Business", false),
            new Block("Asia Pacific", false),
            new Block("Oil edges up as supply worries grow", false),
            new Block("Gold", false),
            new Block("Silver", false));
    Chrome.Role[] roles = new Chrome.Role[blocks.size()];
    java.util.Arrays.fill(roles, Chrome.Role.CONTENT);
    NavigationRuns.mark(blocks, roles, new Dateline[blocks.size()]);
    assertThat(roles)
        .containsExactly(
            Chrome.Role.SHARE,
            Chrome.Role.SHARE,
            Chrome.Role.SHARE,
            Chrome.Role.CONTENT,
            Chrome.Role.CONTENT,
            Chrome.Role.CONTENT);
  }

  @Test
  void datesAsDatelinesPrintThem() {
    assertThat(DateText.at("29th Nov, 2023 )", 0, 16))
        .isEqualTo(new DateText(0, 14, 14, 11, 29, 2023));
    assertThat(DateText.at("October 26. /TASS/", 0, 18))
        .isEqualTo(new DateText(0, 10, 11, 10, 26, 0));
    assertThat(DateText.at("26 Oct. (AFP)", 0, 13)).isEqualTo(new DateText(0, 6, 7, 10, 26, 0));
    assertThat(DateText.at("Oct. 32 (AFP)", 0, 13)).isNull();
    assertThat(DateText.at("Octopus 3", 0, 9)).isNull();
    assertThat(DateText.at("2023 was", 0, 8)).isNull();
  }
}
