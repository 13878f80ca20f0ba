package io.dispatchline.ingest.publish;

/** The broker did not take a document's dispatches; nothing of it became visible. */
public class PublishFailedException extends RuntimeException {
  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
