package io.dispatchline.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server process of a data folder, as named by its {@code postmaster.pid}. pg_ctl
 * starts it as a daemon, so it is not our child: it is stopped with signals and watched through its
 * pid file, which PostgreSQL removes when it has shut down.
 */
record Postmaster(long pid, Path dataDir) {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** The postmaster the folder's pid file names, running or not. */
  static Optional<Postmaster> of(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    return lines.isEmpty()
        ? Optional.empty()
        : Optional.of(new Postmaster(Long.parseLong(lines.get(0).trim()), dataDir));
  }

  /**
   * Running means: the pid file still names it and the process is a postgres. (Waiting on the
   * process alone could hang: a zombie that nobody reaps still looks alive.)
   */
  boolean isRunning() {
    try {
      return of(dataDir).map(p -> p.pid == pid).orElse(false)
          && ProcessHandle.of(pid)
              .flatMap(p -> p.info().command())
              .filter(command -> command.endsWith("/postgres"))
              .isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /** Fast shutdown (SIGINT: disconnect clients, checkpoint, exit); SIGKILL after 30 s. */
  void stop() throws IOException {
    if (!isRunning()) {
      return;
    }
    signal("INT");
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    while (isRunning()) {
      if (System.nanoTime() > deadline) {
        signal("KILL");
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Through kill(1): Java can send only SIGTERM, which PostgreSQL takes as "smart" shutdown. */
  private void signal(String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
