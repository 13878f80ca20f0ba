package io.dispatchline.local;

import java.io.IOException;

/**
 * pg_ctl starts the postmaster as a daemon, so it would survive a JVM killed with SIGKILL. This
 * small shell reads a pipe from our JVM; when the pipe closes (the JVM is gone, however it died) it
 * asks the postmaster for a fast shutdown, unless PostgreSQL has already stopped (its pid file is
 * gone or names another process).
 */
final class PostmasterWatchdog implements AutoCloseable {

  private static final String SCRIPT =
      """
      cat >/dev/null
      pid_file="$2/postmaster.pid"
      if [ -f "$pid_file" ] && [ "$(head -n 1 "$pid_file")" = "$1" ]; then kill -INT "$1"; fi
      """;

  private final Process shell;

  private PostmasterWatchdog(Process shell) {
    this.shell = shell;
  }

  static PostmasterWatchdog start(Postmaster postmaster) throws IOException {
    Process shell =
        new ProcessBuilder(
                "sh",
                "-c",
                SCRIPT,
                "postmaster-watchdog",
                Long.toString(postmaster.pid()),
                postmaster.dataDir().toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    return new PostmasterWatchdog(shell);
  }

  /**
   * After a clean stop the pid file is gone, so closing the pipe just lets the shell exit; if
   * PostgreSQL did not stop, the shell asks once more.
   */
  @Override
  public void close() throws IOException {
    shell.getOutputStream().close();
    try {
      shell.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
