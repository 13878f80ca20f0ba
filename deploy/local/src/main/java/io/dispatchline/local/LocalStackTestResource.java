package io.dispatchline.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test the local stack (or the external services named in the environment, see
 * {@link LocalStack#startOrExternal()}): {@code @WithTestResource(LocalStackTestResource.class)}.
 *
 * <p>One stack per test JVM, shared by all test classes and profiles and stopped when the JVM
 * exits: Quarkus may load this class once per application class loader, so the stack's addresses
 * are kept in system properties (JVM-wide) rather than in a static field, and {@link #stop()}
 * leaves the stack running for the next test application.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

  private static final String PREFIX = "dispatchline.local.shared.";
  // A string literal is the same object in every class loader, so it locks JVM-wide.
  private static final String LOCK = "io.dispatchline.local.LocalStackTestResource.lock";

  @Override
  public Map<String, String> start() {
    synchronized (LOCK) {
      if (System.getProperty(PREFIX + "kafka") == null) {
        LocalStack stack = LocalStack.startOrExternal(); // closes itself when the JVM exits
        System.setProperty(PREFIX + "kafka", stack.kafkaBootstrapServers());
        System.setProperty(PREFIX + "jdbc", stack.jdbcUrl());
        System.setProperty(PREFIX + "username", stack.username());
        System.setProperty(PREFIX + "password", stack.password());
      }
      return Map.of(
          "kafka.bootstrap.servers", System.getProperty(PREFIX + "kafka"),
          "quarkus.datasource.jdbc.url", System.getProperty(PREFIX + "jdbc"),
          "quarkus.datasource.username", System.getProperty(PREFIX + "username"),
          "quarkus.datasource.password", System.getProperty(PREFIX + "password"),
          // Dev Services need Docker; the stack replaces them.
          "quarkus.devservices.enabled", "false");
    }
  }

  @Override
  public void stop() {
    // The stack outlives each test application; it stops with the JVM.
  }
}
