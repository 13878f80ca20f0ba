package io.dispatchline.query.api;

/** Descriptions of the error answers, shared by the OpenAPI annotations. */
final class ApiResponses {
  private ApiResponses() {}

  static final String BAD_REQUEST =
      "A parameter is wrong (bad date, from after to, limit out of range, unknown sort or kind,"
          + " sort=relevance without q, malformed or foreign cursor, q too long); the problem"
          + " names it";
  static final String UNAUTHORIZED =
      "Reads require a token (DISPATCHLINE_READ_TOKEN is set) and the Authorization: Bearer"
          + " header is missing or wrong";
  static final String UNAVAILABLE = "The database cannot be reached; try again later";
}
