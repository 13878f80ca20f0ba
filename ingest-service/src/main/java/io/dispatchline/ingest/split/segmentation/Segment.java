package io.dispatchline.ingest.split.segmentation;

import io.dispatchline.ingest.split.Kind;

/**
 * Where one item lies in the paragraph list.
 *
 * @param kind what the item is
 * @param headline index of its headline paragraph, or -1
 * @param dateline index of its dateline paragraph, or -1
 * @param bodyFrom first paragraph of the body after the dateline paragraph (inclusive)
 * @param bodyTo end of the body (exclusive); the body keeps story paragraphs only and stops at a
 *     comment form or "Related" list
 */
public record Segment(Kind kind, int headline, int dateline, int bodyFrom, int bodyTo) {}
