package io.dispatchline.query.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of one path segment (ids are hex, but the page does not rely on it). */
final class PathSegment {

  private PathSegment() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
