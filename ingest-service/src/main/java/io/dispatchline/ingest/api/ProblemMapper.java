package io.dispatchline.ingest.api;

import io.dispatchline.ingest.fetch.FetchException;
import io.dispatchline.ingest.publish.PublishFailedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place errors become problem+json; nothing else reaches a client, no stack trace. */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  static final String TYPES = "https://dispatchline.io/problems/";

  @ServerExceptionMapper
  public Response badDocument(BadDocumentException e, UriInfo uri) {
    return problem(e.status(), e.slug(), e.title(), e.getMessage(), uri).build();
  }

  @ServerExceptionMapper
  public Response publishFailed(PublishFailedException e, UriInfo uri) {
    return problem(
            503,
            "broker-unavailable",
            "Kafka unavailable",
            "The dispatches were not published; nothing of the document is visible. Retry later.",
            uri)
        .header("Retry-After", "5")
        .build();
  }

  @ServerExceptionMapper
  public Response fetchFailed(FetchException e, UriInfo uri) {
    return switch (e.kind()) {
      case REFUSED -> problem(400, "fetch-refused", "URL refused", e.getMessage(), uri).build();
      case ROBOTS ->
          problem(403, "robots-disallowed", "Disallowed by robots.txt", e.getMessage(), uri)
              .build();
      case TIMEOUT -> problem(504, "fetch-timeout", "Fetch timed out", e.getMessage(), uri).build();
      default -> problem(502, "fetch-failed", "Fetch failed", e.getMessage(), uri).build();
    };
  }

  @ServerExceptionMapper
  public Response unauthorized(UploadToken.UnauthorizedException e, UriInfo uri) {
    return problem(401, "unauthorized", "Unauthorized", e.getMessage(), uri)
        .header("WWW-Authenticate", "Bearer realm=\"dispatchline-ingest\"")
        .build();
  }

  @ServerExceptionMapper
  public Response uploadsDisabled(UploadToken.UploadsDisabledException e, UriInfo uri) {
    return problem(503, "uploads-disabled", "Uploads disabled", e.getMessage(), uri).build();
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "HTTP " + status : known.getReasonPhrase();
    String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
    return problem(status, slug, title, status >= 500 ? null : e.getMessage(), uri).build();
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("Unexpected error answering " + uri.getPath(), e);
    return problem(500, "internal", "Internal error", "The error was logged.", uri).build();
  }

  static Response.ResponseBuilder problem(
      int status, String slug, String title, String detail, UriInfo uri) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(TYPES + slug, title, status, detail, uri.getPath()));
  }
}
