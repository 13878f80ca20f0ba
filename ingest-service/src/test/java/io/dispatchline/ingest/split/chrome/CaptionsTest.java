package io.dispatchline.ingest.split.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Photo captions, by the credit they end with ("Image caption, …" lines: see ChromeTest). */
class CaptionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Premier Li Qiang speaks in Bishkek, Oct. 26, 2023. (Xinhua/Wang Peng)",
        "Rescuers search the rubble in Antakya. (AP Photo/Emre Demir, File)",
        "Farmers harvest rice near Dhaka. (Photo by Jo Roe/AFP via Getty Images)",
        "Containers in Aarhus, Denmark, November 2, 2023. REUTERS/Tom Little/File Photo Purchase Licensing Rights, opens new tab",
        "Protesters march in Paris on Tuesday. EPA-EFE/Yoan Valat",
        "A wooden ferry on the Irtysh river. Photo: Dana Ospanova",
        "The new terminal in Dushanbe. Photograph: Farrukh Saidov/Reuters",
        "Rescuers at work in Kahramanmaras on Tuesday. Getty Images",
        "The singer performs at the festival in 1985. (Jo Roe via AP, File)",
        "Ministers meet in Brussels on Monday. (Pool via AP)"
      })
  void captions(String line) {
    assertThat(Captions.isCaption(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The poll (AP/NORC) shows support has slipped.",
        "The vote was 52/48 (1/2)",
        "The photo: a crowd at the gate. It was shared widely online.",
        "Reuters/Ipsos polling shows a tight race, analysts said on Monday in Washington.",
        "Shares rose 4% (Reuters) in early trade.",
        "Tickets are sold online (via AP partners)",
        "The ministry said the figures were revised (Updated, File)"
      })
  void sentencesWithCreditLikeWordsAreNoCaptions(String line) {
    assertThat(Captions.isCaption(line)).as(line).isFalse();
  }
}
