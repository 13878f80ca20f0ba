package io.dispatchline.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/** A container's output, kept in target/ for when a test fails, out of the build log. */
final class LogFile implements Consumer<OutputFrame> {

  private final Path file;

  LogFile(String name) {
    this.file =
        RepositoryRoot.path().resolve("deploy/container-tests/target/containers/" + name + ".log");
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(OutputFrame frame) {
    try {
      Files.writeString(
          file,
          frame.getUtf8String(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return file;
  }
}
