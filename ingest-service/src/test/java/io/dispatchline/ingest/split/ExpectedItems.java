package io.dispatchline.ingest.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected items of a corpus document, read from its {@code .expected} file: a {@code
 * reference:} line (the reference date given at ingest, "-" for none), then per item a block opened
 * by {@code === item} with one {@code field: value} line per field ("-" for null) and the body
 * paragraphs, one per line, after {@code body:}. Lines starting with '#' are comments.
 */
public record ExpectedItems(LocalDate reference, List<Item> items) {
  record Item(Map<String, String> fields, List<String> body) {
    String get(String field) {
      if (!fields.containsKey(field)) {
        throw new IllegalStateException("expected file lacks field " + field + " in " + fields);
      }
      String v = fields.get(field);
      return "-".equals(v) ? null : v;
    }
  }

  static ExpectedItems parse(String text) {
    LocalDate reference = null;
    List<Item> items = new ArrayList<>();
    Map<String, String> fields = null;
    List<String> body = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.equals("=== item")) {
        if (fields != null) {
          items.add(new Item(fields, body));
        }
        fields = new LinkedHashMap<>();
        body = null;
      } else if (fields == null) {
        if (line.startsWith("reference: ")) {
          String v = line.substring("reference: ".length()).strip();
          reference = v.equals("-") ? null : LocalDate.parse(v);
        }
      } else if (body != null) {
        if (!line.isBlank()) {
          body.add(line);
        }
      } else if (line.equals("body:")) {
        body = new ArrayList<>();
      } else if (!line.isBlank()) {
        int colon = line.indexOf(": ");
        String key = colon < 0 ? line.substring(0, line.length() - 1) : line.substring(0, colon);
        fields.put(key, colon < 0 ? "" : line.substring(colon + 2));
      }
    }
    if (fields != null) {
      items.add(new Item(fields, body));
    }
    return new ExpectedItems(reference, items);
  }
}
