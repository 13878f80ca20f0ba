package io.dispatchline.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * A fetched body as text: in the charset its Content-Type names, else (HTML) the one its {@code
 * <meta charset>} or byte-order mark names, as jsoup reads it, else UTF-8.
 */
final class PageText {

  private PageText() {}

  static String decode(FetchResponse response, boolean html) {
    Charset charset = response.declaredCharset().orElse(null);
    if (charset == null && html) {
      charset = sniffed(response);
    }
    return new String(response.body(), charset == null ? StandardCharsets.UTF_8 : charset);
  }

  private static Charset sniffed(FetchResponse response) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(response.body()), null, response.url().toString())
          .charset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
