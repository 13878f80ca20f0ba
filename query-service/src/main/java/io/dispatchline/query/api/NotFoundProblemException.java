package io.dispatchline.query.api;

/** Nothing of this kind has the requested id; answered as 404 problem+json. */
public class NotFoundProblemException extends RuntimeException {
  public NotFoundProblemException(String what, String id) {
    super("No " + what + " with id '" + id + "'");
  }
}
