package io.dispatchline.ingest.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The credential for writes: {@code Authorization: Bearer <token>} must carry the configured token
 * ({@code INGEST_TOKEN}). Without a configured token, uploads are refused, not open.
 */
@ApplicationScoped
public class UploadToken {

  private static final Logger LOG = Logger.getLogger(UploadToken.class);
  private static final String BEARER = "Bearer ";

  private final Optional<byte[]> token;

  public UploadToken(@ConfigProperty(name = "dispatchline.ingest.token") Optional<String> token) {
    this.token =
        token
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  void onStart(@Observes StartupEvent event) {
    if (token.isEmpty()) {
      LOG.warn(
          "No upload token configured (INGEST_TOKEN): POST /documents is refused (503) until one"
              + " is set. Preview, the drop folder and the documents topic work without it.");
    } else {
      LOG.info("Uploads need 'Authorization: Bearer <INGEST_TOKEN>'");
    }
  }

  /** Whether uploads are possible at all, i.e. a token is configured. */
  public boolean configured() {
    return token.isPresent();
  }

  /**
   * Lets the request through, or throws: {@link UploadsDisabledException} when no token is
   * configured, {@link UnauthorizedException} when the header is missing or carries another token.
   */
  public void check(String authorization) {
    if (token.isEmpty()) {
      throw new UploadsDisabledException();
    }
    if (authorization == null || authorization.isBlank()) {
      throw new UnauthorizedException("Send 'Authorization: Bearer <token>' to upload documents");
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new UnauthorizedException("The Authorization header must use the Bearer scheme");
    }
    byte[] given =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant time for tokens of equal length; the length of the secret is not a secret here.
    if (!MessageDigest.isEqual(given, token.get())) {
      throw new UnauthorizedException("The bearer token is not the upload token");
    }
  }

  /** 401: no or wrong credential. */
  public static class UnauthorizedException extends RuntimeException {
    UnauthorizedException(String message) {
      super(message);
    }
  }

  /** 503: the service has no upload token, so it takes no uploads. */
  public static class UploadsDisabledException extends RuntimeException {
    UploadsDisabledException() {
      super(
          "Uploads are disabled: ingest-service has no upload token configured (set"
              + " INGEST_TOKEN and restart)");
    }
  }
}
