package io.dispatchline.ingest.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the seeds folder has been read and published (or found unreadable). */
@Startup
@ApplicationScoped
public class SeedHealthCheck implements HealthCheck {

  private final SeedStatus status;

  public SeedHealthCheck(SeedStatus status) {
    this.status = status;
  }

  @Override
  public HealthCheckResponse call() {
    SeedStatus.State state = status.state();
    var response =
        HealthCheckResponse.named("seeds")
            .status(state.done())
            .withData("files", state.files())
            .withData("dispatches", state.dispatches());
    if (state.error() != null) {
      response.withData("error", state.error());
    }
    return response.build();
  }
}
