package io.dispatchline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dispatchline.ingest.TestWebServer;
import io.dispatchline.ingest.TestWebServer.Reply;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

  private final TestWebServer web = TestWebServer.start();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          FetchSettings.defaults().withAllowPrivate(true).withPerHost(2, Duration.ZERO));
  private final PageFetcher pages =
      new PageFetcher(fetcher, new RobotsRules(fetcher, Duration.ofMinutes(5), Clock.systemUTC()));

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void readsTheCharsetFromTheMetaTagWhenTheHeaderNamesNone() {
    Charset cp1251 = Charset.forName("windows-1251");
    String html =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>БИШКЕК, 26 октября. /ТАСС/."
            + " Текст.</p></body></html>";
    web.serve(
        "/ru", new Reply(200, Map.of("Content-Type", "text/html"), html.getBytes(cp1251), null));
    FetchedPage page = pages.fetch(web.url("/ru"));
    assertThat(page.html()).isTrue();
    assertThat(page.content()).contains("БИШКЕК, 26 октября. /ТАСС/.");
  }

  @Test
  void theHeadersCharsetWins() {
    Charset latin1 = Charset.forName("ISO-8859-1");
    web.serve(
        "/fr",
        new Reply(
            200,
            Map.of("Content-Type", "text/html; charset=ISO-8859-1"),
            "<p>PARIS (AFP) - Le ministre a déclaré.</p>".getBytes(latin1),
            null));
    assertThat(pages.fetch(web.url("/fr")).content()).contains("déclaré");
  }

  @Test
  void honoursRobotsTxtAndAsksForItOncePerSite() {
    web.serve("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
    web.serve("/private/page", Reply.ok("text/html", "<p>no</p>"));
    web.serve("/public/page", Reply.ok("text/html", "<p>yes</p>"));
    assertThat(pages.fetch(web.url("/public/page")).content()).contains("yes");
    assertThatThrownBy(() -> pages.fetch(web.url("/private/page")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS));
    assertThat(web.requests("/private/page")).isEmpty();
    assertThat(web.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    web.serve("/page", Reply.ok("text/html", "<p>fine</p>"));
    assertThat(pages.fetch(web.url("/page")).content()).contains("fine");
  }

  @Test
  void refusesBinaryContent() {
    web.serve("/img", new Reply(200, Map.of("Content-Type", "image/png"), new byte[] {1, 2}, null));
    assertThatThrownBy(() -> pages.fetch(web.url("/img")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("not a page");
  }
}
