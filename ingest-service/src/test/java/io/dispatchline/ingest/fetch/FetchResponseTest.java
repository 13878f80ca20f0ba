package io.dispatchline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchResponseTest {

  private static FetchResponse with(Map<String, String> headers) {
    Map<String, List<String>> h = new java.util.HashMap<>();
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return new FetchResponse(
        URI.create("https://news.example/feed"),
        200,
        HttpHeaders.of(h, (a, b) -> true),
        new byte[0]);
  }

  @Test
  void maxAgeIsReadUnlessNoCacheOrNoStoreSayOtherwise() {
    assertThat(with(Map.of("Cache-Control", "public, max-age=3600")).maxAge())
        .contains(Duration.ofHours(1));
    assertThat(with(Map.of("Cache-Control", "s-maxage=60")).maxAge()).isEmpty();
    assertThat(with(Map.of("Cache-Control", "no-cache, max-age=3600")).maxAge()).isEmpty();
    assertThat(with(Map.of()).maxAge()).isEmpty();
  }

  @Test
  void theCharsetComesFromTheContentType() {
    assertThat(
            with(Map.of("Content-Type", "text/html; charset=\"windows-1251\"")).declaredCharset())
        .contains(java.nio.charset.Charset.forName("windows-1251"));
    assertThat(with(Map.of("Content-Type", "text/html; charset=utf-8")).declaredCharset())
        .contains(StandardCharsets.UTF_8);
    assertThat(with(Map.of("Content-Type", "text/html; charset=no-such")).declaredCharset())
        .isEmpty();
    assertThat(with(Map.of("Content-Type", "text/html")).declaredCharset()).isEmpty();
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2023-10-26T09:54:00Z");
    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Thu, 26 Oct 2023 09:55:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Thu, 26 Oct 2023 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isNull();
  }
}
