package io.dispatchline.ingest.api;

/** A document the caller sent that cannot be taken; answered as a 4xx problem. */
public class BadDocumentException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;

  public BadDocumentException(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  static BadDocumentException empty() {
    return new BadDocumentException(400, "empty-document", "Empty document", "The body is empty");
  }

  public static BadDocumentException tooLarge(long limit) {
    return new BadDocumentException(
        413,
        "document-too-large",
        "Document too large",
        "The body is larger than the limit of " + limit + " bytes");
  }

  static BadDocumentException notText(String why) {
    return new BadDocumentException(415, "not-text", "Not a text document", why);
  }

  static BadDocumentException badField(String field, String why) {
    return new BadDocumentException(
        400, "bad-parameter", "Bad request parameter", "'" + field + "' " + why);
  }

  public static BadDocumentException noDispatch() {
    return new BadDocumentException(
        422,
        "no-dispatch",
        "No dispatch found",
        "The document holds no article or dispatch text once page chrome is removed");
  }

  public static BadDocumentException dispatchTooLarge(int sequence, long bytes, long limit) {
    return new BadDocumentException(
        422,
        "dispatch-too-large",
        "Dispatch too large",
        "Dispatch "
            + sequence
            + " of the document is "
            + bytes
            + " bytes as an event, over the limit of "
            + limit
            + " bytes of one Kafka record");
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }
}
