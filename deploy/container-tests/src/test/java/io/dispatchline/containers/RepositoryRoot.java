package io.dispatchline.containers;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder, whether the build runs from there or from this module. */
final class RepositoryRoot {

  private RepositoryRoot() {}

  static Path path() {
    String configured = System.getProperty("dispatchline.root");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("deploy/compose.yaml"))
          && Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + start);
  }
}
