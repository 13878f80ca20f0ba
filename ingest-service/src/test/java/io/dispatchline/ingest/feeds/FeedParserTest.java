package io.dispatchline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser(new ObjectMapper());

  @Test
  void rssItemsTakeContentEncodedOverTheDescriptionAndTheGuidAsKey() {
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel><title>Wire</title><link>https://news.example/</link><description>d</description>
            <item>
              <title>SCO talks open</title>
              <link>https://news.example/a</link>
              <guid isPermaLink="false">wire-1</guid>
              <pubDate>Thu, 26 Oct 2023 09:54:00 GMT</pubDate>
              <description>Short teaser</description>
              <content:encoded><![CDATA[<p>BISHKEK, Oct. 26 (Xinhua) -- Full text.</p>]]></content:encoded>
            </item>
            <item>
              <title>No guid</title>
              <link>https://news.example/b</link>
              <description>BISHKEK, Oct. 27 (Xinhua) -- Only a description.</description>
            </item>
          </channel>
        </rss>
        """;
    List<FeedItem> items =
        parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    assertThat(items).hasSize(2);
    FeedItem first = items.get(0);
    assertThat(first.key()).isEqualTo("wire-1");
    assertThat(first.content()).contains("Full text").doesNotContain("teaser");
    assertThat(first.html()).isTrue();
    assertThat(first.published()).isEqualTo(Instant.parse("2023-10-26T09:54:00Z"));
    assertThat(items.get(1).key()).isEqualTo("https://news.example/b");
    assertThat(items.get(1).content()).contains("Only a description");
  }

  @Test
  void atomEntriesTakeTheirIdAndContent() {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Wire</title><id>urn:feed</id><updated>2023-10-27T00:00:00Z</updated>
          <entry>
            <title>Leaders meet</title><id>urn:uuid:1</id>
            <link href="https://news.example/atom-1"/>
            <published>2023-10-26T08:00:00Z</published><updated>2023-10-26T09:00:00Z</updated>
            <summary>teaser</summary>
            <content type="html">&lt;p&gt;BISHKEK, Oct. 26 (Xinhua) -- Leaders met.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;
    List<FeedItem> items =
        parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.key()).isEqualTo("urn:uuid:1");
              assertThat(i.link()).isEqualTo("https://news.example/atom-1");
              assertThat(i.content()).contains("Leaders met");
              assertThat(i.published()).isEqualTo(Instant.parse("2023-10-26T08:00:00Z"));
            });
  }

  @Test
  void jsonFeedItemsTakeContentHtmlAndTheirId() {
    String json =
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire",
         "items": [
           {"id": "j1", "url": "https://news.example/j1", "title": "Talks",
            "content_html": "<p>BISHKEK, Oct. 26 (Xinhua) -- Talks.</p>",
            "date_published": "2023-10-26T10:00:00+06:00"},
           {"id": "j2", "content_text": "BISHKEK, Oct. 27 (Xinhua) -- Plain."}
         ]}
        """;
    List<FeedItem> items =
        parser.parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json");
    assertThat(items).extracting(FeedItem::key).containsExactly("j1", "j2");
    assertThat(items.get(0).html()).isTrue();
    assertThat(items.get(0).published()).isEqualTo(Instant.parse("2023-10-26T04:00:00Z"));
    assertThat(items.get(1).html()).isFalse();
    assertThat(items.get(1).content()).contains("Plain");
  }

  @Test
  void aJsonFeedIsRecognisedWithoutItsContentType() {
    String json = "  {\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"x\"}]}";
    assertThat(parser.parse(json.getBytes(StandardCharsets.UTF_8), "text/plain")).hasSize(1);
  }

  @Test
  void brokenXmlIsAParseErrorNotACrash() {
    byte[] broken =
        "<rss version=\"2.0\"><channel><item><title>cut".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(broken, "application/rss+xml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("Not a readable RSS or Atom feed");
  }

  @Test
  void externalEntitiesAreNotResolved() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description>
        <item><guid>1</guid><description>&x;</description></item></channel></rss>
        """;
    assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "text/xml"))
        .isInstanceOf(FeedParseException.class);
  }

  @Test
  void jsonThatIsNoFeedIsAParseError() {
    assertThatThrownBy(
            () -> parser.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json"))
        .isInstanceOf(FeedParseException.class);
  }
}
