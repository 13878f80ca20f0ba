package io.dispatchline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Memory and CPU time of processes, read from Linux's /proc. */
final class Proc {

  /** Clock ticks per second of /proc/pid/stat times; 100 on every Linux this runs on. */
  private static final double TICKS = 100.0;

  private Proc() {}

  /** Resident set size in MB, or 0 when the process is gone. */
  static double rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException gone) {
      // exited
    }
    return 0;
  }

  /** User + system CPU seconds used so far, or 0 when the process is gone. */
  static double cpuSeconds(long pid) {
    return statTicks(pid, 2) / TICKS;
  }

  /**
   * User + system CPU seconds of the process and of its children that have exited and been reaped
   * (Linux's cutime + cstime), or 0 when the process is gone.
   */
  static double cpuSecondsWithReapedChildren(long pid) {
    return statTicks(pid, 4) / TICKS;
  }

  /** The sum of the first {@code count} of utime, stime, cutime, cstime in /proc/pid/stat. */
  private static long statTicks(long pid, int count) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // the command name (field 2) may hold spaces: count fields after its closing parenthesis
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i < 11 + count; i++) {
        ticks += Long.parseLong(f[i]);
      }
      return ticks;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  static double rssMb(List<Long> pids) {
    return pids.stream().mapToDouble(Proc::rssMb).sum();
  }

  static double cpuSeconds(List<Long> pids) {
    return pids.stream().mapToDouble(Proc::cpuSeconds).sum();
  }

  /**
   * The PostgreSQL server whose data directory lies under {@code dir}: the postmaster and all its
   * children (backends, background workers). pg_ctl starts the postmaster as a daemon, so it is not
   * a descendant of this JVM: it is found by its command line.
   */
  static List<Long> postgresUnder(Path dir) {
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      return all.map(ProcessHandle::pid)
          .filter(pid -> "postgres".equals(comm(pid)) && cmdline(pid).contains(dir.toString()))
          .findFirst()
          .map(
              postmaster ->
                  Stream.concat(
                          Stream.of(postmaster),
                          ProcessHandle.of(postmaster).stream()
                              .flatMap(ProcessHandle::descendants)
                              .map(ProcessHandle::pid))
                      .toList())
          .orElse(List.of());
    }
  }

  /** This JVM's descendants whose command line contains {@code text}. */
  static List<Long> descendantsRunning(String text) {
    return ProcessHandle.current()
        .descendants()
        .map(ProcessHandle::pid)
        .filter(pid -> cmdline(pid).contains(text))
        .toList();
  }

  private static String comm(long pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
    } catch (IOException gone) {
      return "";
    }
  }

  private static String cmdline(long pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
    } catch (IOException gone) {
      return "";
    }
  }
}
