package io.dispatchline.ingest.fetch;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fetch layer's beans, configured from {@code dispatchline.fetch.*}. */
@ApplicationScoped
public class Fetching {

  @Produces
  @Singleton
  FetchSettings settings(
      @ConfigProperty(name = "dispatchline.fetch.allow-private", defaultValue = "false")
          boolean allowPrivate,
      @ConfigProperty(name = "dispatchline.fetch.allowed-hosts") Optional<List<String>> allowed,
      @ConfigProperty(name = "dispatchline.fetch.connect-timeout", defaultValue = "5s")
          Duration connectTimeout,
      @ConfigProperty(name = "dispatchline.fetch.timeout", defaultValue = "20s") Duration timeout,
      @ConfigProperty(name = "dispatchline.fetch.max-redirects", defaultValue = "5")
          int maxRedirects,
      @ConfigProperty(name = "dispatchline.fetch.max-bytes", defaultValue = "5M")
          MemorySize maxBytes,
      @ConfigProperty(name = "dispatchline.fetch.user-agent") Optional<String> userAgent,
      @ConfigProperty(name = "dispatchline.fetch.per-host-concurrency", defaultValue = "2")
          int perHost,
      @ConfigProperty(name = "dispatchline.fetch.per-host-delay", defaultValue = "500ms")
          Duration perHostDelay,
      @ConfigProperty(name = "dispatchline.fetch.robots-ttl", defaultValue = "1h")
          Duration robotsTtl) {
    Set<String> hosts =
        allowed.orElse(List.of()).stream()
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toSet());
    return new FetchSettings(
        allowPrivate,
        hosts,
        connectTimeout,
        timeout,
        maxRedirects,
        maxBytes.asLongValue(),
        userAgent.filter(u -> !u.isBlank()).orElse(FetchSettings.DEFAULT_USER_AGENT),
        perHost,
        perHostDelay,
        robotsTtl);
  }

  @Produces
  @Singleton
  HttpFetcher fetcher(FetchSettings settings) {
    return new HttpFetcher(settings);
  }

  @Produces
  @Singleton
  PageFetcher pages(HttpFetcher fetcher, FetchSettings settings) {
    return new PageFetcher(
        fetcher, new RobotsRules(fetcher, settings.robotsTtl(), Clock.systemUTC()));
  }
}
