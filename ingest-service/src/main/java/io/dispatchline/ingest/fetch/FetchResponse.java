package io.dispatchline.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A final answer (after redirects): 2xx or 304, the body decoded from gzip.
 *
 * @param url where it was found, after redirects
 */
public record FetchResponse(URI url, int status, HttpHeaders headers, byte[] body) {

  private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)");
  private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age=(\\d+)");

  public boolean notModified() {
    return status == 304;
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String contentType() {
    return header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
  }

  /** The charset the Content-Type names, if it names a known one. */
  public Optional<Charset> declaredCharset() {
    Matcher m = CHARSET.matcher(contentType());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** Cache-Control max-age, unless no-cache or no-store say not to rely on it. */
  public Optional<Duration> maxAge() {
    String cc = header("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
    if (cc.contains("no-cache") || cc.contains("no-store")) {
      return Optional.empty();
    }
    Matcher m = MAX_AGE.matcher(cc);
    return m.find()
        ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))))
        : Optional.empty();
  }
}
