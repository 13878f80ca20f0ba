package io.dispatchline.query.api;

import io.dispatchline.query.store.StoreReadException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place errors become problem+json; nothing else reaches a client, no stack trace. */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  private static final String TYPES = "https://dispatchline.io/problems/";

  @ServerExceptionMapper
  public Response badParameter(BadParameterException e, UriInfo uri) {
    return problem(400, "bad-parameter", "Bad request parameter", e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundProblemException e, UriInfo uri) {
    return problem(404, "not-found", "Not found", e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response storeUnavailable(StoreReadException e, UriInfo uri) {
    LOG.warn("Store read failed answering " + uri.getPath(), e);
    return problem(
        503, "store-unavailable", "Service unavailable", "The store cannot be read now.", uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "HTTP " + status
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return problem(status, slug, title, status >= 500 ? null : e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("Unexpected error answering " + uri.getPath(), e);
    return problem(500, "internal", "Internal error", "The error was logged.", uri);
  }

  static Response problem(int status, String slug, String title, String detail, UriInfo uri) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(TYPES + slug, title, status, detail, uri.getPath()))
        .build();
  }
}
