package io.dispatchline.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * A service's image, built by the engine from the module's own Dockerfile over the packaged Quarkus
 * application, exactly as a user builds it (only those files are sent as the context).
 */
final class ServiceImage {

  static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
  static final String APP = "target/quarkus-app";

  private ServiceImage() {}

  static ImageFromDockerfile of(String module, String tag) {
    Path dir = RepositoryRoot.path().resolve(module);
    if (!Files.isRegularFile(dir.resolve(APP).resolve("quarkus-run.jar"))) {
      throw new IllegalStateException(
          dir.resolve(APP) + " is missing: package the service first (./mvnw package)");
    }
    return new ImageFromDockerfile(name(module, tag), true)
        .withFileFromPath(APP, dir.resolve(APP))
        .withFileFromPath(DOCKERFILE, dir.resolve(DOCKERFILE))
        .withDockerfilePath(DOCKERFILE)
        .withBuildArg("JAVA_IMAGE", ContainerImages.java());
  }

  /** Removes the image: with Ryuk off (as in CI) nothing else does. */
  static void remove(String module, String tag) {
    try {
      DockerClientFactory.lazyClient().removeImageCmd(name(module, tag)).withForce(true).exec();
    } catch (RuntimeException alreadyGone) {
      // removed by Ryuk, or never built
    }
  }

  private static String name(String module, String tag) {
    return "dispatchline-test/" + module + ":" + tag;
  }
}
