package io.dispatchline.query.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the reader asked for, as it stands in the URL ({@code /?q=…&agency=…}): the page's state.
 * Links to narrower or wider searches are built from it, so every view can be bookmarked.
 */
public record PageQuery(Map<String, String> values) {

  /** The URL parameters the page keeps, in the order they appear in links. */
  static final String[] NAMES = {
    "q", "agency", "located", "language", "kind", "mention", "from", "to", "sort", "limit"
  };

  static PageQuery of(Map<String, String> raw) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = raw.get(name);
      if (value != null && !value.isBlank()) {
        v.put(name, value.strip());
      }
    }
    return new PageQuery(Map.copyOf(v));
  }

  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The filters that narrow the results (not sort or page size). */
  public boolean filtered() {
    return values.keySet().stream().anyMatch(k -> !k.equals("sort") && !k.equals("limit"));
  }

  /** This search with {@code name} set to {@code value} (null removes it), from the first page. */
  public String with(String name, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    if (value == null || value.isBlank()) {
      v.remove(name);
    } else {
      v.put(name, value);
    }
    return url("/", v);
  }

  public String without(String name) {
    return with(name, null);
  }

  /** The following page of this search. */
  public String next(String cursor) {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put("cursor", cursor);
    return url("/", v);
  }

  /** The filters as a query string for the live stream ({@code /dispatches/stream?…}). */
  public String streamQuery() {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.remove("sort");
    v.remove("limit");
    return query(v);
  }

  private static String url(String path, Map<String, String> v) {
    String q = query(v);
    return q.isEmpty() ? path : path + "?" + q;
  }

  private static String query(Map<String, String> v) {
    StringJoiner out = new StringJoiner("&");
    for (String name : NAMES) {
      if (v.containsKey(name)) {
        out.add(name + "=" + encode(v.get(name)));
      }
    }
    if (v.containsKey("cursor")) {
      out.add("cursor=" + encode(v.get("cursor")));
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
