package io.dispatchline.ingest.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type that is no media type (";;;", "text", two types in one header) is the client's
 * error: a 415 problem before any resource is matched. Matching a request to the resource that
 * takes any type ({@code POST /documents?url=} with no body) would parse it and fail as a 500.
 */
public class ContentTypeCheck {

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext request, UriInfo uri) {
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (type == null || type.isBlank()) {
      return null;
    }
    String problem = problemWith(type);
    if (problem == null) {
      return null;
    }
    return ProblemMapper.problem(
            415, "unsupported-media-type", "Unsupported Media Type", problem, uri)
        .build();
  }

  /** Why the header is no single media type, or null when it is one. */
  static String problemWith(String type) {
    if (type.indexOf(',') >= 0) {
      return "Content-Type names more than one media type: " + type;
    }
    try {
      MediaType parsed = MediaType.valueOf(type);
      if (parsed.getType().isEmpty() || parsed.getSubtype().isEmpty()) {
        return "Content-Type is not type/subtype: " + type;
      }
      return null;
    } catch (IllegalArgumentException e) {
      return "Content-Type is not a media type: " + type;
    }
  }
}
