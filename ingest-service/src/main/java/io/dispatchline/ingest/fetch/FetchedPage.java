package io.dispatchline.ingest.fetch;

import java.net.URI;

/**
 * A page as fetched: its final URL (after redirects) and its text, HTML or plain.
 *
 * @param html whether {@code content} is HTML (else plain text)
 */
public record FetchedPage(URI url, String content, boolean html) {}
