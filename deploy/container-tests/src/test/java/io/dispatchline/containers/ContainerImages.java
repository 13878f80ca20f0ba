package io.dispatchline.containers;

import org.testcontainers.utility.DockerImageName;

/**
 * The base images the tests run, by default the official ones deploy/compose.yaml names (which
 * deploy/airgap/build-images builds locally where no registry is reachable).
 */
final class ContainerImages {

  private ContainerImages() {}

  static DockerImageName kafka() {
    return DockerImageName.parse(System.getProperty("container.kafka.image", "apache/kafka:4.1.2"));
  }

  static DockerImageName postgres() {
    return DockerImageName.parse(System.getProperty("container.postgres.image", "postgres:15"));
  }

  static String java() {
    return System.getProperty("container.java.image", "eclipse-temurin:17-jre");
  }
}
