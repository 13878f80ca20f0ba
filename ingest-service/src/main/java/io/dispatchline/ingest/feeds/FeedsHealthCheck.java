package io.dispatchline.ingest.feeds;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/group/feeds}: DOWN while any feed has failed for longer than the threshold
 * (naming them). A group of its own, not readiness: a broken feed is the publisher's problem, and
 * taking the instance out of service would stop uploads and all the other feeds.
 */
@HealthGroup("feeds")
@ApplicationScoped
public class FeedsHealthCheck implements HealthCheck {

  private final FeedRegistry registry;
  private final Duration threshold;
  private final Clock clock = Clock.systemUTC();

  public FeedsHealthCheck(
      FeedRegistry registry,
      @ConfigProperty(name = "dispatchline.feeds.failing-threshold", defaultValue = "1h")
          Duration threshold) {
    this.registry = registry;
    this.threshold = threshold;
  }

  @Override
  public HealthCheckResponse call() {
    Instant limit = clock.instant().minus(threshold);
    List<String> failing =
        registry.all().stream()
            .filter(
                f ->
                    registry
                        .state(f.id())
                        .map(s -> s.failingSince() != null && s.failingSince().isBefore(limit))
                        .orElse(false))
            .map(f -> f.id() + " " + f.url())
            .toList();
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("feeds")
            .status(failing.isEmpty())
            .withData("feeds", registry.all().size())
            .withData("failing", failing.size())
            .withData("threshold", threshold.toString());
    if (!failing.isEmpty()) {
      b.withData("failingFeeds", String.join(", ", failing));
    }
    return b.build();
  }
}
