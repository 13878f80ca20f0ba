package io.dispatchline.query.web;

import io.dispatchline.query.api.ReadToken;
import io.dispatchline.query.api.ReadTokenFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With a read token set, the page needs it as well: from the sign-in cookie, or from an {@code
 * Authorization} header (scripts). Without it, the answer is a 401 with the sign-in form, which
 * comes back to the page asked for.
 */
public class PageAccessFilter {

  private final ReadToken token;

  public PageAccessFilter(ReadToken token) {
    this.token = token;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!token.required() || !ReadTokenFilter.isPagePath(path) || path.equals("/sign-in")) {
      return Optional.empty();
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Cookie cookie = request.getCookies().get(ReadToken.COOKIE);
    if (token.accepts(header, cookie == null ? null : cookie.getValue())) {
      return Optional.empty();
    }
    String then = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    String back = query == null ? then : then + "?" + query;
    return Optional.of(
        Response.status(401)
            .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dispatchline\"")
            .entity(SignInPage.Templates.signIn(SignInPage.safeReturn(back), null).render())
            .build());
  }
}
