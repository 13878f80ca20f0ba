package io.dispatchline.ingest.split.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the splitter's word lists from {@code src/main/resources/split/}. */
public final class Resources {
  private Resources() {}

  /** The non-blank, non-comment ("#") lines of a resource, trimmed at the end. */
  public static List<String> lines(String name) {
    String path = "split/" + name;
    ClassLoader loader = Resources.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String l = line.stripTrailing();
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** A "name TAB alias|alias" line as [name, alias, alias, ...]. */
  public static List<String> namesOf(String line) {
    List<String> names = new ArrayList<>();
    int tab = line.indexOf('\t');
    names.add((tab < 0 ? line : line.substring(0, tab)).strip());
    if (tab >= 0) {
      for (String alias : line.substring(tab + 1).split("\\|")) {
        if (!alias.isBlank()) {
          names.add(alias.strip());
        }
      }
    }
    return names;
  }
}
