package io.dispatchline.system;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, whether run from the root reactor or from this module. */
public final class SystemPaths {

  private SystemPaths() {}

  public static Path root() {
    String configured = System.getProperty("dispatchline.root");
    Path candidate = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path p = candidate.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("Cannot find the repository root from " + candidate);
  }
}
