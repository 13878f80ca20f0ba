package io.dispatchline.system.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small filesystem of its own (a size-limited tmpfs) mounted on a folder, for a disk that can be
 * filled and freed in a test: {@link #fill()} writes a ballast file until the kernel answers "No
 * space left on device", {@link #free()} deletes it. Mounting needs root (the build machines and CI
 * run as root); {@link #close()} unmounts.
 */
final class SmallDisk implements AutoCloseable {

  private static final String BALLAST = "dispatchline-ballast";

  private final Path mountPoint;
  private final long megabytes;
  private boolean mounted;

  private SmallDisk(Path mountPoint, long megabytes) {
    this.mountPoint = mountPoint;
    this.megabytes = megabytes;
  }

  /**
   * Mounts a tmpfs of {@code megabytes} on {@code mountPoint} (created if missing, must be empty).
   *
   * @throws IllegalStateException when not root or when {@code mount} fails, with the reason
   */
  static SmallDisk mount(Path mountPoint, long megabytes) throws IOException, InterruptedException {
    requireRoot();
    Files.createDirectories(mountPoint);
    SmallDisk disk = new SmallDisk(mountPoint, megabytes);
    run(
        "mount",
        "-t",
        "tmpfs",
        "-o",
        "size=" + megabytes + "m,mode=0755",
        "dispatchline-small-disk",
        mountPoint.toString());
    disk.mounted = true;
    return disk;
  }

  /** Disk-full tests mount filesystems: without root they cannot run, and must say so. */
  static void requireRoot() throws IOException, InterruptedException {
    String uid = output("id", "-u").trim();
    if (!uid.equals("0")) {
      throw new IllegalStateException(
          "DiskFullIT mounts small filesystems (tmpfs) and must run as root (uid 0), as the build"
              + " machines and CI (.ci/run) do; this JVM runs as uid "
              + uid
              + ". Run the build as root, or exclude it with -Dit.test='!DiskFullIT'.");
    }
  }

  Path path() {
    return mountPoint;
  }

  long megabytes() {
    return megabytes;
  }

  /**
   * Writes a ballast file until the filesystem is full (the write fails with ENOSPC).
   *
   * @return bytes written
   */
  long fill() throws IOException {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    long written = 0;
    try (OutputStream out =
        Files.newOutputStream(
            mountPoint.resolve(BALLAST), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      while (true) {
        out.write(chunk);
        written += chunk.length;
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
        throw full;
      }
    }
    return written;
  }

  /** Bytes still free, as {@code statfs} says (0 once full). */
  long usableBytes() throws IOException {
    return Files.getFileStore(mountPoint).getUsableSpace();
  }

  /** Deletes the ballast: space returns, as when an operator clears the disk. */
  void free() throws IOException {
    Files.deleteIfExists(mountPoint.resolve(BALLAST));
  }

  /** Unmounts (lazily, so a process still holding a file cannot keep the mount behind). */
  @Override
  public void close() throws IOException, InterruptedException {
    if (mounted) {
      run("umount", "-l", mountPoint.toString());
      mounted = false;
    }
  }

  /** Whether anything is still mounted on the folder (for the tests' own clean-up check). */
  static boolean isMountPoint(Path folder) throws IOException {
    String target = folder.toAbsolutePath().normalize().toString();
    for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
      String[] fields = line.split(" ");
      if (fields.length > 1 && fields[1].equals(target)) {
        return true;
      }
    }
    return false;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    String out = output(command);
    if (out == null) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static String output(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out.trim());
    }
    return out;
  }
}
