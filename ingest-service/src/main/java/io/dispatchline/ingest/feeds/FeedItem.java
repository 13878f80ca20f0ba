package io.dispatchline.ingest.feeds;

import java.time.Instant;

/**
 * One entry of a feed.
 *
 * @param key what makes it the same item on the next poll: its GUID / id, else its link
 * @param content the item's own text (content:encoded, Atom content, content_html, else the
 *     description or summary), or null
 * @param html whether {@code content} is HTML
 * @param published its publication (or update) time, or null
 */
public record FeedItem(
    String key, String link, String title, String content, boolean html, Instant published) {}
