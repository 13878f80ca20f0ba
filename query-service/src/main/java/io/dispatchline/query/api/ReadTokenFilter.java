package io.dispatchline.query.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are open unless {@code dispatchline.read-token} (DISPATCHLINE_READ_TOKEN) is set; then
 * every API request needs {@code Authorization: Bearer <token>} (or the reader page's cookie, see
 * {@link ReadToken}). /q/health, /q/metrics and /q/openapi are not API resources and stay open; the
 * page's own paths are guarded by the page (it answers with a sign-in form, not JSON).
 */
public class ReadTokenFilter {

  private final ReadToken token;

  public ReadTokenFilter(ReadToken token) {
    this.token = token;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!token.required() || path.startsWith("/q/") || isPagePath(path)) {
      return Optional.empty();
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Cookie cookie = request.getCookies().get(ReadToken.COOKIE);
    if (token.accepts(header, cookie == null ? null : cookie.getValue())) {
      return Optional.empty();
    }
    Response problem =
        ProblemMapper.problem(
            401,
            "unauthorized",
            "Unauthorized",
            header == null ? "A bearer token is required." : "The bearer token is not valid.",
            request.getUriInfo());
    return Optional.of(
        Response.fromResponse(problem)
            .header(
                HttpHeaders.WWW_AUTHENTICATE,
                header == null
                    ? "Bearer realm=\"dispatchline\""
                    : "Bearer realm=\"dispatchline\", error=\"invalid_token\"")
            .build());
  }

  /** The reader page's paths ({@code io.dispatchline.query.web}), which check the token too. */
  public static boolean isPagePath(String path) {
    return path.equals("/") || path.startsWith("/read/") || path.equals("/sign-in");
  }
}
