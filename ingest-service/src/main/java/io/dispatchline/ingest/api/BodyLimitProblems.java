package io.dispatchline.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes every 413 a problem+json, also those the HTTP layer answers before a resource sees the
 * request: a declared Content-Length over the document limit is refused before the body is read (a
 * body without one, chunked, is read by {@link DocumentBodies#readLimited} up to the limit), and a
 * 413 the server itself fails a request with gets the same problem instead of plain text.
 */
@ApplicationScoped
public class BodyLimitProblems {

  private final ObjectMapper mapper;
  private final long maxBytes;

  public BodyLimitProblems(ObjectMapper mapper, DocumentBodies bodies) {
    this.mapper = mapper;
    this.maxBytes = bodies.maxBytes();
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              if (declaredLength(ctx) > maxBytes) {
                tooLarge(ctx);
              } else {
                ctx.next();
              }
            });
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            ctx -> {
              if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                tooLarge(ctx);
              } else {
                ctx.next();
              }
            });
  }

  private static long declaredLength(RoutingContext ctx) {
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void tooLarge(RoutingContext ctx) {
    BadDocumentException e = BadDocumentException.tooLarge(maxBytes);
    Problem problem =
        new Problem(
            ProblemMapper.TYPES + e.slug(), e.title(), 413, e.getMessage(), ctx.request().path());
    String json;
    try {
      json = mapper.writeValueAsString(problem);
    } catch (JsonProcessingException impossible) {
      json = "{\"status\":413}";
    }
    ctx.response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        // The rest of the body is not read: the client should not reuse this connection.
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(json);
  }
}
