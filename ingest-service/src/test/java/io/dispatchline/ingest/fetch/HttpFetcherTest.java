package io.dispatchline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dispatchline.ingest.TestWebServer;
import io.dispatchline.ingest.TestWebServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real server on loopback; "127.0.0.1" is allowed by name, nothing else. */
class HttpFetcherTest {

  private final TestWebServer web = TestWebServer.start();
  private final FetchSettings settings =
      FetchSettings.defaults()
          .withAllowedHosts(Set.of("127.0.0.1"))
          .withTimeout(Duration.ofMillis(700))
          .withMaxBytes(10_000)
          .withPerHost(4, Duration.ZERO);
  private final HttpFetcher fetcher = new HttpFetcher(settings);

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void sendsTheValidatorsAndReportsNotModified() {
    web.route(
        "/feed",
        r ->
            "\"v1\"".equals(r.header("If-None-Match"))
                ? Reply.status(304)
                : Reply.ok("application/rss+xml", "<rss/>").with("ETag", "\"v1\""));
    FetchResponse first = fetcher.get(FetchRequest.of(web.url("/feed"), "*/*"));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).contains("\"v1\"");

    FetchResponse second =
        fetcher.get(
            new FetchRequest(web.url("/feed"), "*/*", "\"v1\"", "Thu, 26 Oct 2023 09:54:00 GMT"));
    assertThat(second.notModified()).isTrue();
    assertThat(web.requests("/feed").get(1).header("If-Modified-Since"))
        .isEqualTo("Thu, 26 Oct 2023 09:54:00 GMT");
  }

  @Test
  void sendsAClearUserAgentAndAcceptsGzip() throws IOException {
    byte[] zipped = gzip("BISHKEK, Oct. 26 (Xinhua) -- a compressed page.");
    web.serve(
        "/z",
        new Reply(
            200, Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"), zipped, null));
    FetchResponse r = fetcher.get(FetchRequest.of(web.url("/z"), "*/*"));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("BISHKEK, Oct. 26");
    assertThat(web.requests("/z").get(0).header("User-Agent")).startsWith("Dispatchline/");
    assertThat(web.requests("/z").get(0).header("Accept-Encoding")).contains("gzip");
  }

  @Test
  void followsRedirectsOnTheSameAllowedHost() {
    web.serve("/old", Reply.redirect("/new"));
    web.serve("/new", Reply.ok("text/plain", "moved here"));
    FetchResponse r = fetcher.get(FetchRequest.of(web.url("/old"), "*/*"));
    assertThat(r.url()).isEqualTo(web.url("/new"));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("moved here");
  }

  @Test
  void refusesARedirectToLoopbackByAnotherName() {
    web.serve("/hop", Reply.redirect("http://localhost:" + web.port() + "/inside"));
    web.serve("/inside", Reply.ok("text/plain", "secret"));
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/hop"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
    assertThat(web.requests("/inside")).isEmpty();
  }

  @Test
  void refusesARedirectToTheMetadataAddressAndToFile() {
    web.serve("/meta", Reply.redirect("http://169.254.169.254/latest/meta-data/"));
    web.serve("/file", Reply.redirect("file:///etc/passwd"));
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/meta"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/file"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
  }

  @Test
  void givesUpAfterTooManyRedirects() {
    web.serve("/loop", Reply.redirect("/loop"));
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/loop"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECTS));
    assertThat(web.requests("/loop")).hasSize(settings.maxRedirects() + 1);
  }

  @Test
  void refusesABodyOverTheLimitAlsoWhenItIsGzipped() throws IOException {
    web.serve("/big", Reply.ok("text/plain", "x".repeat(20_000)));
    byte[] bomb = gzip("y".repeat(50_000)); // small on the wire, over the limit unpacked
    assertThat(bomb.length).isLessThan(10_000);
    web.serve(
        "/bomb",
        new Reply(
            200, Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"), bomb, null));
    for (String path : new String[] {"/big", "/bomb"}) {
      assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url(path), "*/*")))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }
  }

  @Test
  void aSlowServerTimesOutWithinTheDeadline() {
    web.serve("/slow", Reply.ok("text/plain", "late").after(Duration.ofSeconds(3)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/slow"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
              assertThat(e.transientFailure()).isTrue();
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void errorStatusesCarryRetryAfterAndSayWhetherToRetry() {
    web.serve("/busy", Reply.status(429).with("Retry-After", "7"));
    web.serve("/broken", Reply.status(500));
    web.serve("/gone", Reply.status(404));
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/busy"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
              assertThat(e.transientFailure()).isTrue();
            });
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/broken"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.transientFailure()).isTrue());
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(web.url("/gone"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.transientFailure()).isFalse());
  }

  @Test
  void aClosedPortIsANetworkFailure() {
    URI closed = URI.create("http://127.0.0.1:1/feed");
    assertThatThrownBy(() -> fetcher.get(FetchRequest.of(closed, "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NETWORK));
  }

  @Test
  void withoutTheAllowSettingEvenTheFirstHopToLoopbackIsRefused() {
    HttpFetcher strict = new HttpFetcher(FetchSettings.defaults());
    web.serve("/feed", Reply.ok("text/plain", "x"));
    assertThatThrownBy(() -> strict.get(FetchRequest.of(web.url("/feed"), "*/*")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
    assertThat(web.requests("/feed")).isEmpty();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
