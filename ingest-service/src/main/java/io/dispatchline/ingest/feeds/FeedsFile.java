package io.dispatchline.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeds file ({@code DISPATCHLINE_FEEDS_FILE}): one feed per line, {@code URL} then optional
 * {@code interval=15m}, {@code fetchPages=true} and {@code name=...} (the rest of the line); blank
 * lines and lines starting with {@code #} are ignored.
 */
final class FeedsFile {

  /** One line of the file. */
  record Entry(URI url, String interval, String name, boolean fetchPages) {}

  private FeedsFile() {}

  static List<Entry> read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    int number = 0;
    for (String raw : Files.readAllLines(file)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      entries.add(parse(line, number));
    }
    return entries;
  }

  static Entry parse(String line, int number) {
    String[] parts = line.split("\\s+");
    String interval = null;
    String name = null;
    boolean fetchPages = false;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.startsWith("interval=")) {
        interval = p.substring("interval=".length());
      } else if (p.startsWith("fetchPages=")) {
        fetchPages = Boolean.parseBoolean(p.substring("fetchPages=".length()));
      } else if (p.startsWith("name=")) {
        name = line.substring(line.indexOf("name=") + "name=".length()).strip();
        break;
      } else {
        throw new IllegalArgumentException(
            "line " + number + ": unknown setting '" + p + "' (interval=, fetchPages=, name=)");
      }
    }
    try {
      return new Entry(URI.create(parts[0]), interval, name, fetchPages);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": not a URL: " + parts[0], e);
    }
  }
}
