package io.dispatchline.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the HTTP server's own refusals problem+json: a URL whose {@code %} escapes do not decode, a
 * request line over {@code quarkus.http.limits.max-initial-line-length} and headers over {@code
 * quarkus.http.limits.max-header-size}.
 *
 * <p>Quarkus' root handler refuses a URI that {@code java.net.URI} cannot parse with an empty 400
 * before any route runs, unless the system property {@code vertx.disableURIValidation} is set:
 * {@link Main} sets it (and the test JVM, in the pom), and the same check is made here.
 *
 * <p>Vert.x answers a request its codec refuses with an empty 414/431/400 from a handler Quarkus
 * offers no way to replace. So the codec gets a higher limit ({@link #codecLimit}) and the
 * configured limits are checked here, first on the router, where the answer can carry a body. A
 * request over even the codec's limit still gets the codec's empty answer, as does one the codec
 * cannot parse at all (a space in the request line, a Content-Length that is not a number).
 */
@ApplicationScoped
public class RequestProblems implements HttpServerOptionsCustomizer {

  static final String TYPES = "https://dispatchline.io/problems/";

  private final ObjectMapper mapper;
  private final int maxLine;
  private final long maxHeaders;

  public RequestProblems(
      ObjectMapper mapper,
      @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
          int maxLine,
      @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
          MemorySize maxHeaders) {
    this.mapper = mapper;
    this.maxLine = maxLine;
    this.maxHeaders = maxHeaders.asLongValue();
  }

  /** Four times the configured limit, at least 64 KB: room to answer in full, still bounded. */
  static int codecLimit(long configured) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(4 * configured, 65_536));
  }

  @Override
  public void customizeHttpServer(HttpServerOptions options) {
    options.setMaxInitialLineLength(codecLimit(maxLine));
    options.setMaxHeaderSize(codecLimit(maxHeaders));
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
    // Failures of the router itself (e.g. a path it cannot decode) would answer with no body.
    router
        .route()
        .order(Integer.MIN_VALUE + 1)
        .failureHandler(
            ctx -> {
              int status = ctx.statusCode();
              if (status >= 400 && status < 500 && !ctx.response().headWritten()) {
                String detail = invalidUri(ctx.request().uri());
                answer(
                    ctx,
                    status,
                    detail != null ? detail : "The request was refused before it reached the API.");
              } else {
                ctx.next();
              }
            });
  }

  private static final String MALFORMED =
      "The request URI holds a '%' that is not followed by two hexadecimal digits;"
          + " percent-encode '%' itself as %25.";

  private void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String uri = request.uri();
    // As the codec counts it: "METHOD SP URI SP HTTP/1.1".
    int line = request.method().name().length() + 1 + uri.length() + 9;
    if (line > maxLine) {
      answer(
          ctx,
          414,
          "The request line is "
              + line
              + " bytes; the limit is "
              + maxLine
              + ". Send long input in a request body.");
    } else if (headerBytes(request) > maxHeaders) {
      answer(
          ctx,
          431,
          "The request headers are "
              + headerBytes(request)
              + " bytes; the limit is "
              + maxHeaders
              + ".");
    } else if (invalidUri(uri) != null) {
      answer(ctx, 400, invalidUri(uri));
    } else {
      ctx.next();
    }
  }

  private static long headerBytes(HttpServerRequest request) {
    long bytes = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      bytes += header.getKey().length() + 2 + header.getValue().length();
    }
    return bytes;
  }

  /**
   * Why the URI is refused, or null: the check Quarkus' root handler makes ({@code new URI(uri)})
   * when {@code vertx.disableURIValidation} is not set, here with a reason in the answer (see
   * {@link Main}).
   */
  static String invalidUri(String uri) {
    if (malformedEscape(uri)) {
      return MALFORMED;
    }
    try {
      new URI(uri);
      return null;
    } catch (URISyntaxException e) {
      return "The request URI is not a valid URI: "
          + e.getReason()
          + " at index "
          + e.getIndex()
          + ".";
    }
  }

  /** True if a '%' is not followed by two hex digits: the URI does not decode. */
  static boolean malformedEscape(String uri) {
    for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
      if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 128;
  }

  private void answer(RoutingContext ctx, int status, String detail) {
    Problem problem = new Problem(TYPES + slug(status), title(status), status, detail, path(ctx));
    String json;
    try {
      json = mapper.writeValueAsString(problem);
    } catch (JsonProcessingException impossible) {
      json = "{\"status\":" + status + "}";
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        // The body (if any) is not read: the client should not reuse this connection.
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(json);
  }

  /** The path up to the query, raw: it may not decode, and it may be long. */
  private static String path(RoutingContext ctx) {
    String uri = ctx.request().uri();
    int query = uri.indexOf('?');
    String path = query < 0 ? uri : uri.substring(0, query);
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 431 -> "Request Header Fields Too Large";
      default -> "HTTP " + status;
    };
  }

  private static String slug(int status) {
    return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
