package io.dispatchline.query.web;

import io.dispatchline.query.api.ReadToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing in to the page when a read token is set: the token typed in once is kept in an HttpOnly,
 * SameSite=Strict cookie for the browser session (no script can read it).
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance signIn(String then, String error);
  }

  private final ReadToken token;

  public SignInPage(ReadToken token) {
    this.token = token;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance form(@QueryParam("then") String then) {
    return Templates.signIn(safeReturn(then), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signIn(@FormParam("token") String typed, @FormParam("then") String then) {
    String back = safeReturn(then);
    if (typed == null || typed.isBlank() || !token.matches(typed)) {
      return Response.status(401)
          .entity(Templates.signIn(back, "That is not the read token."))
          .build();
    }
    NewCookie cookie =
        new NewCookie.Builder(ReadToken.COOKIE)
            .value(URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8))
            .path("/")
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.STRICT)
            .build();
    return Response.seeOther(URI.create(back)).cookie(cookie).build();
  }

  /** Only a path on this site: never another host ({@code //host}, {@code https:}). */
  static String safeReturn(String then) {
    if (then == null || !then.startsWith("/") || then.startsWith("//") || then.contains("\\")) {
      return "/";
    }
    return then;
  }
}
