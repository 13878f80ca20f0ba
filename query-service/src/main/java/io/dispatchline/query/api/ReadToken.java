package io.dispatchline.query.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read token ({@code DISPATCHLINE_READ_TOKEN}), when set: API clients send it as {@code
 * Authorization: Bearer <token>}, the reader's page keeps it in an HttpOnly cookie ({@link
 * #COOKIE}) after signing in, which the browser also sends with the live stream.
 */
@ApplicationScoped
public class ReadToken {

  public static final String COOKIE = "dispatchline_read_token";
  private static final String BEARER = "Bearer ";

  private final Optional<byte[]> expected;

  public ReadToken(@ConfigProperty(name = "dispatchline.read-token") Optional<String> token) {
    this.expected = token.filter(t -> !t.isBlank()).map(ReadToken::digest);
  }

  public boolean required() {
    return expected.isPresent();
  }

  /**
   * Whether a request carries the token: in its Authorization header when it sends one, else in the
   * page's cookie (either may be null). True when no token is required.
   */
  public boolean accepts(String authorization, String cookie) {
    return authorization != null ? acceptsHeader(authorization) : acceptsCookie(cookie);
  }

  /** Whether the Authorization header carries the token (true when none is required). */
  public boolean acceptsHeader(String authorization) {
    return expected.isEmpty()
        || authorization != null
            && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            && matches(authorization.substring(BEARER.length()).strip());
  }

  /** Whether the page's cookie value (URL-encoded) carries the token. */
  public boolean acceptsCookie(String cookie) {
    if (expected.isEmpty()) {
      return true;
    }
    if (cookie == null || cookie.isEmpty()) {
      return false;
    }
    try {
      return matches(URLDecoder.decode(cookie, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a token typed in by a person is the token. */
  public boolean matches(String token) {
    // digests have one length: the comparison takes the same time whatever the token
    return expected.isEmpty() || MessageDigest.isEqual(expected.get(), digest(token.strip()));
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
