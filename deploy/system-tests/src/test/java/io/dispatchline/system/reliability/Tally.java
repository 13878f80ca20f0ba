package io.dispatchline.system.reliability;

/**
 * How many dispatches a scenario expected, and how many of them were stored, missing or stored more
 * than once (a second row or a repeated item for the same dispatch).
 */
record Tally(int expected, int stored, int lost, int duplicated) {

  /** The worse of two views of the same data (the database and the HTTP API). */
  Tally worst(Tally other) {
    return new Tally(
        expected,
        Math.min(stored, other.stored),
        Math.max(lost, other.lost),
        Math.max(duplicated, other.duplicated));
  }
}
