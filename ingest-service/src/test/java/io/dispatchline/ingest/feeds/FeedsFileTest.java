package io.dispatchline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {

  @Test
  void readsOneFeedPerLineWithOptionalSettingsAndSkipsComments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(
        file,
        """
        # wires
        https://news.example/rss.xml
        https://news.example/atom.xml interval=30m fetchPages=true name=Asia desk, English

        """);
    assertThat(FeedsFile.read(file))
        .containsExactly(
            new FeedsFile.Entry(URI.create("https://news.example/rss.xml"), null, null, false),
            new FeedsFile.Entry(
                URI.create("https://news.example/atom.xml"), "30m", "Asia desk, English", true));
  }

  @Test
  void anUnknownSettingNamesItsLine() {
    assertThatThrownBy(() -> FeedsFile.parse("https://x.example/ every=5m", 3))
        .hasMessageContaining("line 3")
        .hasMessageContaining("every=5m");
  }
}
