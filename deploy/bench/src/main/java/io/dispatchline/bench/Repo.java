package io.dispatchline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: {@code -Ddispatchline.root}, or the first parent holding mvnw. */
final class Repo {

  private Repo() {}

  static Path root() {
    String configured = System.getProperty("dispatchline.root");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("query-service"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + start);
  }
}
