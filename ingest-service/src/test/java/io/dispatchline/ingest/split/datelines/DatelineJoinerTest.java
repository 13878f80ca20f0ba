package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.Splitter;
import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.chrome.ChromePhrases;
import io.dispatchline.ingest.split.paragraphs.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dateline set apart from its first sentence is joined to it, in text and in HTML. */
class DatelineJoinerTest {
  private final Splitter splitter = new Splitter();

  @Test
  void datelineOnALineOfItsOwnStartsTheDispatch() {
    List<Dispatch> items =
        splitter
            .splitText(
                "Shares edge higher\nLONDON (Reuters) -\nLondon shares edged higher.\nMore.\n",
                null)
            .dispatches();
    assertThat(items).hasSize(1);
    Dispatch d = items.get(0);
    assertThat(d.headline()).isEqualTo("Shares edge higher");
    assertThat(d.datelineText()).isEqualTo("LONDON (Reuters) -");
    assertThat(d.body()).isEqualTo("London shares edged higher.\n\nMore.");
  }

  @Test
  void datelineInItsOwnElementGivesTheSameDispatchAsTheText() {
    String html =
        "<h1>Shares edge higher</h1><p class=\"dateline\">LONDON (Reuters) -</p>"
            + "<p>London shares edged higher.</p><p>More.</p>";
    String text = "Shares edge higher\nLONDON (Reuters) - London shares edged higher.\nMore.\n";
    assertThat(splitter.splitHtml(html, null).dispatches())
        .containsExactlyElementsOf(splitter.splitText(text, null).dispatches());
  }

  @Test
  void speechDateLineIsNotJoined() {
    List<Dispatch> items =
        splitter
            .splitText(
                "Remarks\nMINSK, Oct. 27 (Xinhua) -- Full text follows.\nMINSK, October 26, 2023\n"
                    + "Colleagues,\nWe meet in a year of change.\n",
                null)
            .dispatches();
    assertThat(items).hasSize(1);
    assertThat(items.get(0).body())
        .isEqualTo(
            "Full text follows.\n\nMINSK, October 26, 2023\n\nColleagues,\n\n"
                + "We meet in a year of change.");
  }

  @Test
  void bareDatelineBeforeChromeIsNotJoined() {
    List<Block> blocks =
        List.of(new Block("LONDON (Reuters) -", false), new Block("Share this:", false));
    assertThat(
            DatelineJoiner.join(
                blocks,
                new DatelineParser(Agencies.load(), Places.load()),
                new Chrome(Agencies.load(), ChromePhrases.load())))
        .isEqualTo(blocks);
  }
}
