package io.dispatchline.query.api;

/** No dispatch has the requested id. */
public class DispatchNotFoundException extends RuntimeException {
  public DispatchNotFoundException(String id) {
    super("No dispatch with id '" + id + "'");
  }
}
