package io.dispatchline.containers;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs container tests only where a Docker API answers, and skips them saying why where none does.
 * With {@code DISPATCHLINE_REQUIRE_DOCKER=true} (set by {@code .ci/run}) a missing engine or tool
 * fails the test instead: CI cannot go green by skipping.
 */
final class DockerRequirement implements ExecutionCondition {

  static final String REQUIRE = "DISPATCHLINE_REQUIRE_DOCKER";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      return ConditionEvaluationResult.enabled("a Docker API answers");
    }
    String why =
        "no Docker API is reachable (DOCKER_HOST="
            + System.getenv().getOrDefault("DOCKER_HOST", "unset")
            + "); point DOCKER_HOST at a Docker engine to run the container tests";
    if (required()) {
      throw new IllegalStateException(why + ", and " + REQUIRE + "=true forbids skipping");
    }
    return ConditionEvaluationResult.disabled(why);
  }

  /** Skips the calling test with {@code why}, or fails it where skipping is forbidden. */
  static void skipOrFail(String why) {
    if (required()) {
      throw new AssertionError(why + ", and " + REQUIRE + "=true forbids skipping");
    }
    Assumptions.abort(why);
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv(REQUIRE));
  }
}
