package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hit a quadratic step or an unchecked assumption. Each must finish with a sensible
 * result; the timeout is far above what a linear splitter needs on any machine and only catches a
 * blow-up (speed itself is measured by {@code SplitterBenchmark}).
 */
class HostileInputTest {
  private static final Duration BLOW_UP = Duration.ofSeconds(60);
  private final Splitter splitter = new Splitter();

  private List<Dispatch> split(String text) {
    return assertTimeoutPreemptively(BLOW_UP, () -> splitter.splitText(text, null).dispatches());
  }

  @Test
  void manyPeopleAndManyLoneSurnames() {
    StringBuilder text = new StringBuilder("Leaders meet\nBISHKEK, Oct. 26 (Xinhua) -- ");
    for (int i = 0; i < 100_000; i++) {
      text.append("President Aa").append(name(i)).append(" Bb").append(name(i)).append(" met ");
      text.append("Premier Bb").append(name(i)).append(". ");
    }
    List<Dispatch> items = split(text.toString());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).mentions()).hasSize(100_000);
  }

  @Test
  void endlessDatelineLookalikes() {
    // One long line of unclosed groups is prose, not a dateline: at most an article.
    assertThat(split("ISLAMABAD, (APP - ".repeat(200_000)))
        .extracting(Dispatch::kind)
        .containsExactly(Kind.ARTICLE);
    assertThat(split("BISHKEK, Oct. 26 (Xinhua)\n".repeat(100_000))).isEmpty();
    assertThat(split("(Bloomberg) --\n".repeat(100_000))).isEmpty();
    assertThat(split("New Delhi [India [India [India".repeat(50_000)))
        .extracting(Dispatch::kind)
        .containsExactly(Kind.ARTICLE);
  }

  @Test
  void liveFileWithOnlySeparatorsAndTimeStamps() {
    String text =
        "The Latest\nANKARA (AP) — Updates:\n"
            + "___\n10:45 p.m.\nRescuers worked on.\n".repeat(50_000);
    List<Dispatch> items = split(text);
    assertThat(items).hasSize(1);
    assertThat(TestDocs.bodyParagraphs(items.get(0))).hasSize(1 + 2 * 50_000);
  }

  @Test
  void aHundredThousandTeasers() {
    List<Dispatch> items =
        split("Headline number one\nA short text of the teaser follows here.\n".repeat(100_000));
    assertThat(items).hasSize(100_000).extracting(Dispatch::kind).containsOnly(Kind.TEASER);
  }

  @Test
  void controlCharactersSurrogatesAndCombiningMarks() {
    String text =
        "Talks end\u0000\nALMATY, Nov 3 (Xinhua) -- Ministers\uD800 met \uDBFF\uDFFF on Friday.\n"
            + "e\u0301\u0302\u0303".repeat(100_000)
            + " end.\n\u202Eright to left\u202C\n\uFEFF\n";
    List<Dispatch> items = split(text);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).id()).matches("[0-9a-f]{32}");
    assertThat(items.get(0).body()).contains("\u00e9\u0302\u0303");
  }

  @Test
  void chromeLookalikesEverywhere() {
    String line = "Share this: Reporting by (Xinhua/Li) © 2023 Leave a Reply 10:45 Read more\n";
    assertThat(split(line.repeat(100_000))).extracting(Dispatch::kind).isEmpty();
  }

  @Test
  void hostileHtml() {
    String html =
        "<p class=\"share\">".repeat(30_000)
            + "<p>Talks end</p><pre>"
            + "x\n".repeat(100_000)
            + "</pre><script>"
            + "<p>".repeat(100_000)
            + "</script><div><span><b><i>unclosed";
    assertTimeoutPreemptively(BLOW_UP, () -> splitter.splitHtml(html, null));
  }

  private static String name(int i) {
    StringBuilder s = new StringBuilder();
    for (int k = i; ; k /= 26) {
      s.append((char) ('a' + k % 26));
      if (k < 26) {
        return s.toString();
      }
    }
  }
}
