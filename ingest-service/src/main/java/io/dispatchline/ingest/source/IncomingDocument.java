package io.dispatchline.ingest.source;

import java.time.LocalDate;

/**
 * A document as it arrives from any source, before splitting.
 *
 * @param content the text or HTML
 * @param html whether {@code content} is HTML
 * @param sourceType where it came from: {@code file}, {@code http}, {@code kafka}, …
 * @param sourceName the file name, URL or label the sender gave
 * @param referenceDate fallback for resolving a dateline's year, or null
 */
public record IncomingDocument(
    String content, boolean html, String sourceType, String sourceName, LocalDate referenceDate) {}
