package io.dispatchline.query.store;

/** The database could not answer a read; the API answers 503 without details. */
public class StoreReadException extends RuntimeException {
  public StoreReadException(Throwable cause) {
    super("The store could not be read", cause);
  }
}
