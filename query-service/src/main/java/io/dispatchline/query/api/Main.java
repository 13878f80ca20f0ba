package io.dispatchline.query.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service with Quarkus' own URI check off: it answers a request whose URI does not parse
 * with an empty 400 before any route runs. {@link RequestProblems} makes the same check and answers
 * with problem+json. Set before Quarkus starts, since the check reads it once.
 */
@QuarkusMain
public class Main {

  static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

  public static void main(String... args) {
    System.setProperty(DISABLE_URI_VALIDATION, "true");
    Quarkus.run(args);
  }
}
