package io.dispatchline.query.api;

/** A query parameter the caller got wrong; answered as 400 problem+json naming it. */
public class BadParameterException extends RuntimeException {
  private final String parameter;

  public BadParameterException(String parameter, String problem) {
    super("Parameter '" + parameter + "' " + problem);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
