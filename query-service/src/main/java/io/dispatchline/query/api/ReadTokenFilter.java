package io.dispatchline.query.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are open unless {@code dispatchline.read-token} (DISPATCHLINE_READ_TOKEN) is set; then
 * every API request needs {@code Authorization: Bearer <token>}. /q/health, /q/metrics and
 * /q/openapi are not API resources and stay open.
 */
public class ReadTokenFilter {

  private final Optional<byte[]> expected;

  public ReadTokenFilter(@ConfigProperty(name = "dispatchline.read-token") Optional<String> token) {
    this.expected = token.filter(t -> !t.isBlank()).map(ReadTokenFilter::digest);
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (expected.isEmpty() || request.getUriInfo().getPath().startsWith("/q/")) {
      return Optional.empty();
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String prefix = "Bearer ";
    boolean ok =
        header != null
            && header.regionMatches(true, 0, prefix, 0, prefix.length())
            // digests have one length: the comparison takes the same time whatever the token
            && MessageDigest.isEqual(
                expected.get(), digest(header.substring(prefix.length()).strip()));
    if (ok) {
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

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
