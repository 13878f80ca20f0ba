package io.dispatchline.ingest.api;

/**
 * The body of {@code POST /feeds}.
 *
 * @param interval time between polls, e.g. {@code 15m}, {@code 1h} or {@code PT30M}; default 15m
 * @param fetchPages fetch each item's link and split that page (true), or split the item's own
 *     content (false)
 */
public record FeedRequest(String url, String interval, String name, Boolean fetchPages) {}
