package io.dispatchline.ingest.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A live file: "___" separators and time stamps between entries are not boundaries. */
class LiveFileTest {
  private final Splitter splitter = new Splitter();

  @Test
  void liveFileIsOneDispatchWithItsTimeStampsAndWithoutSeparators() {
    List<Dispatch> items =
        splitter.splitText(TestDocs.read("corpus/ap-live-file.txt"), null).dispatches();
    assertThat(items).hasSize(1);
    List<String> body = TestDocs.bodyParagraphs(items.get(0));
    assertThat(body).contains("10:45 p.m.", "9:30 p.m.", "8:15 p.m.").doesNotContain("___");
    // Entries that open with a dateline of their own stay entries of the file.
    assertThat(body)
        .contains(
            "TEHRAN, Iran — Iran's Red Crescent said it had sent two planes with tents and blankets"
                + " to help people near the border.",
            "VAN, Turkey (AP) — Schools in the province will stay closed for the rest of the week,"
                + " the governor's office said.");
    assertThat(items.get(0).body()).doesNotContain("contributed", "Copyright", "Follow AP");
  }

  @Test
  void timeStampIsNeverAHeadline() {
    List<Dispatch> items =
        splitter
            .splitText(
                """
                14:05 GMT
                KYIV (Reuters) - Air raid sirens sounded across the capital on Tuesday.
                """,
                null)
            .dispatches();
    assertThat(items).hasSize(1);
    assertThat(items.get(0).headline()).isNull();
    assertThat(items.get(0).datelineText()).isEqualTo("KYIV (Reuters) -");
  }

  @Test
  void aHeadlineAboveAnEntryStillStartsADispatch() {
    List<Dispatch> items =
        splitter
            .splitText(
                """
                Live: quake updates
                ANKARA (AP) — The latest on the earthquake:
                ___
                10:45 p.m.
                Rescue teams reached three villages.
                Schools to stay closed this week
                VAN, Turkey (AP) — Schools in the province will stay closed, the governor said.
                Parents were told to keep children at home.
                """,
                null)
            .dispatches();
    assertThat(items)
        .extracting(Dispatch::datelineText)
        .containsExactly("ANKARA (AP) —", "VAN, Turkey (AP) —");
    assertThat(items.get(0).body())
        .isEqualTo(
            "The latest on the earthquake:\n\n10:45 p.m.\n\nRescue teams reached three villages.");
  }
}
