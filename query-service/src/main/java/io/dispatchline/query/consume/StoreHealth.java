package io.dispatchline.query.consume;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the consumer is waiting for the database to come back. */
@Readiness
@ApplicationScoped
public class StoreHealth implements HealthCheck {

  private final AtomicReference<String> outage = new AtomicReference<>();

  void outage(String why) {
    outage.set(why);
  }

  void recovered() {
    outage.set(null);
  }

  @Override
  public HealthCheckResponse call() {
    String why = outage.get();
    var response = HealthCheckResponse.named("dispatch-store").status(why == null);
    if (why != null) {
      response.withData("retrying", why);
    }
    return response.build();
  }
}
