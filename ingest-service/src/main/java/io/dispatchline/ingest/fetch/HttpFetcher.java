package io.dispatchline.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GETs a URL the safe way: every hop's address checked ({@link AddressGuard}) before it is
 * requested, redirects followed by hand up to a limit, one deadline for headers and body, the body
 * limited in size (also after gunzip), requests to one host paced ({@link HostGate}).
 *
 * <p>The client resolves the name again when it connects; a DNS answer that changes between the
 * check and the connection (rebinding) is not caught. The address check is what the issue asks and
 * covers names and redirects; pinning the address would need a custom socket layer.
 */
public final class HttpFetcher {

  private final FetchSettings settings;
  private final AddressGuard guard;
  private final HostGate gate;
  private final HttpClient client;
  private final Clock clock;

  public HttpFetcher(FetchSettings settings) {
    this(settings, Clock.systemUTC());
  }

  HttpFetcher(FetchSettings settings, Clock clock) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowPrivate(), settings.allowedHosts());
    this.gate = new HostGate(settings.perHostConcurrency(), settings.perHostDelay());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
    this.clock = clock;
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Checks the URL as a fetch would, fetching nothing. */
  public void check(URI url) {
    guard.check(url);
  }

  /**
   * The final 2xx or 304 answer.
   *
   * @throws FetchException for a refused address, a time-out, an error status, too many redirects,
   *     an oversized body or a network failure
   */
  public FetchResponse get(FetchRequest request) {
    URI url = request.url();
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      guard.check(url);
      URI current = url;
      HttpResponse<byte[]> response = gate.call(url.getHost(), () -> send(request, current));
      int status = response.statusCode();
      if (isRedirect(status)) {
        url = location(current, response);
        continue;
      }
      if (status == 304 || (status >= 200 && status < 300)) {
        return new FetchResponse(current, status, response.headers(), decoded(response));
      }
      throw new FetchException(
          FetchException.Kind.HTTP_STATUS,
          "GET " + current + " answered HTTP " + status,
          status,
          RetryAfter.parse(
              response.headers().firstValue("Retry-After").orElse(null), clock.instant()),
          null);
    }
    throw new FetchException(
        FetchException.Kind.REDIRECTS,
        "More than " + settings.maxRedirects() + " redirects from " + request.url());
  }

  private HttpResponse<byte[]> send(FetchRequest request, URI url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept-Encoding", "gzip")
            .header("Accept", request.accept());
    // Validators belong to the URL they came from, the first one.
    if (url.equals(request.url())) {
      if (request.ifNoneMatch() != null) {
        b.header("If-None-Match", request.ifNoneMatch());
      }
      if (request.ifModifiedSince() != null) {
        b.header("If-Modified-Since", request.ifModifiedSince());
      }
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), info -> new LimitedBody(settings.maxBytes()));
    try {
      // One deadline for headers and body: a server trickling its body gets no more time.
      return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout(url, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Kind.NETWORK, "Interrupted: GET " + url);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof java.util.concurrent.CompletionException
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof FetchException fe) {
        throw fe;
      }
      if (cause instanceof IOException io && io.getCause() instanceof FetchException fe) {
        throw fe;
      }
      if (cause instanceof HttpTimeoutException) {
        throw timeout(url, cause);
      }
      throw new FetchException(
          FetchException.Kind.NETWORK, "GET " + url + " failed: " + cause, 0, null, cause);
    }
  }

  private FetchException timeout(URI url, Throwable cause) {
    return new FetchException(
        FetchException.Kind.TIMEOUT,
        "GET " + url + " gave no complete answer within " + settings.timeout().toMillis() + " ms",
        0,
        null,
        cause);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI location(URI from, HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(
          FetchException.Kind.REDIRECTS, "A redirect from " + from + " without a Location");
    }
    try {
      return from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          FetchException.Kind.REDIRECTS, "A redirect from " + from + " to a bad URL: " + location);
    }
  }

  private byte[] decoded(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    String encoding =
        response
            .headers()
            .firstValue("Content-Encoding")
            .orElse("")
            .strip()
            .toLowerCase(Locale.ROOT);
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      // Read one byte past the limit to tell "exactly at" from "over" (a gzip bomb stops here).
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      if (out.length > settings.maxBytes()) {
        throw LimitedBody.tooLarge(settings.maxBytes());
      }
      return out;
    } catch (IOException e) {
      throw new FetchException(
          FetchException.Kind.NETWORK, "A broken gzip body from " + response.uri(), 0, null, e);
    }
  }
}
