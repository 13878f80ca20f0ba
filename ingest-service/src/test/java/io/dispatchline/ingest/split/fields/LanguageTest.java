package io.dispatchline.ingest.split.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The ministers agreed on Thursday to extend the talks into next month, officials said.",
        "es|Los ministros acordaron el jueves prolongar las conversaciones hasta el próximo mes.",
        "pt|Os ministros concordaram na quinta-feira em prolongar as conversações até o próximo mês.",
        "fr|Les ministres sont convenus jeudi de prolonger les discussions jusqu'au mois prochain.",
        "it|I ministri hanno concordato giovedì di prolungare i colloqui fino al mese prossimo.",
        "de|Die Minister einigten sich am Donnerstag darauf, die Gespräche bis nächsten Monat zu verlängern.",
        "ru|Министры в четверг договорились продлить переговоры до следующего месяца.",
        "uk|Міністри в четвер домовилися продовжити переговори до наступного місяця.",
        "ar|اتفق الوزراء يوم الخميس على تمديد المحادثات حتى الشهر المقبل.",
        "zh|部长们星期四同意将会谈延长到下个月。",
        "ja|閣僚たちは木曜日、協議を来月まで延長することで合意した。",
        "sl|Ministri so se v četrtek dogovorili, da bodo pogovore podaljšali do prihodnjega meseca.",
        "tr|Bakanlar perşembe günü görüşmeleri gelecek aya kadar uzatma konusunda anlaştı.",
        "az|Nazirlər cümə axşamı danışıqları gələn aya qədər uzatmaq barədə razılığa gəliblər.",
        "kk|Министрлер бейсенбі күні келіссөздерді келесі айға дейін ұзартуға келісті.",
        "id|Pemerintah mengatakan bahwa harga beras tidak akan naik tahun ini, kata seorang pejabat kepada wartawan di Jakarta, Senin."
      })
  void aBodyIsLabelledWithItsIsoCode(String expected, String body) {
    assertThat(Language.detect(body)).isEqualTo(expected);
  }

  @Test
  void tooFewLettersToTellAreUndetermined() {
    assertThat(Language.detect("AP")).isEqualTo("und");
    assertThat(Language.detect("12:30 GMT · 4 min")).isEqualTo("und");
    assertThat(Language.detect("")).isEqualTo("und");
  }

  @Test
  void theBodyAfterAHeadlineDecidesNotTheHeadline() {
    String text = "Breaking News: Update\n\nLas dos partes acordaron continuar las conversaciones.";
    io.dispatchline.ingest.split.text.Tokens tokens =
        io.dispatchline.ingest.split.text.Tokens.of(text);
    assertThat(Language.detect(tokens, text.indexOf("Las"))).isEqualTo("es");
  }
}
