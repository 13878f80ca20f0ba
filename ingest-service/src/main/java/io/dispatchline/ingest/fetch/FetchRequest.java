package io.dispatchline.ingest.fetch;

import java.net.URI;

/**
 * One GET: the URL, what to accept, and the validators of a conditional GET (null when not known).
 */
public record FetchRequest(URI url, String accept, String ifNoneMatch, String ifModifiedSince) {

  public static FetchRequest of(URI url, String accept) {
    return new FetchRequest(url, accept, null, null);
  }
}
