package io.dispatchline.ingest.feeds;

import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.fetch.FetchException;
import io.dispatchline.ingest.fetch.FetchedPage;
import io.dispatchline.ingest.fetch.PageFetcher;
import io.dispatchline.ingest.publish.DispatchPublisher;
import io.dispatchline.ingest.source.DocumentIngestion;
import io.dispatchline.ingest.source.IncomingDocument;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Takes one new feed item: its page fetched (with {@code fetchPages}) or its own content, split,
 * and published together with its seen-set entry in one transaction. An item that can never give a
 * dispatch (none found, page refused or gone) is marked seen alone, so it is not retried forever;
 * one that failed for now (time-out, 5xx) stays unseen and is tried again on the next poll.
 */
final class ItemTaker {

  static final String SOURCE_TYPE = "feed";

  /** What became of an item. */
  enum Outcome {
    PUBLISHED,
    SKIPPED,
    RETRY_LATER
  }

  private final DocumentIngestion ingestion;
  private final DispatchPublisher publisher;
  private final PageFetcher pages;
  private final SeenItems seen;
  private final FeedRecords records;
  private final FeedMetrics metrics;
  private final Clock clock;

  ItemTaker(
      DocumentIngestion ingestion,
      DispatchPublisher publisher,
      PageFetcher pages,
      SeenItems seen,
      FeedRecords records,
      FeedMetrics metrics,
      Clock clock) {
    this.ingestion = ingestion;
    this.publisher = publisher;
    this.pages = pages;
    this.seen = seen;
    this.records = records;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * @throws io.dispatchline.ingest.publish.PublishFailedException when Kafka did not take it; the
   *     item stays unseen
   */
  Outcome take(FeedRegistration feed, FeedItem item, StringBuilder errors) {
    if (seen.contains(feed.id(), item.key())) {
      return Outcome.SKIPPED;
    }
    IncomingDocument document;
    try {
      document = document(feed, item);
    } catch (FetchException e) {
      if (e.transientFailure()) {
        errors.append(e.getMessage()).append("; ");
        return Outcome.RETRY_LATER;
      }
      return skip(feed, item, "page-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (document == null) {
      return skip(feed, item, "no-content");
    }
    try {
      ingestion.ingestWith(
          document, List.of(records.seen(feed.id(), item, "published", clock.instant())));
    } catch (BadDocumentException e) {
      return skip(feed, item, e.slug());
    }
    seen.add(feed.id(), item.key());
    metrics.itemPublished(feed.id());
    return Outcome.PUBLISHED;
  }

  private IncomingDocument document(FeedRegistration feed, FeedItem item) {
    LocalDate reference =
        item.published() == null ? null : LocalDate.ofInstant(item.published(), ZoneOffset.UTC);
    String source = sourceName(feed, item);
    if (feed.fetchPages() && item.link() != null) {
      URI link = feed.url().resolve(item.link());
      FetchedPage page = pages.fetch(link);
      metrics.pageFetched(feed.id());
      return new IncomingDocument(page.content(), page.html(), SOURCE_TYPE, source, reference);
    }
    if (item.content() == null || item.content().isBlank()) {
      return null;
    }
    // The item's title is its headline; the content rarely repeats it.
    String title = item.title() == null ? "" : item.title().strip();
    if (item.html()) {
      String head = title.isEmpty() ? "" : "<h1>" + Entities.escape(title) + "</h1>\n";
      return new IncomingDocument(
          "<html><body>" + head + item.content() + "</body></html>",
          true,
          SOURCE_TYPE,
          source,
          reference);
    }
    String text = title.isEmpty() ? item.content() : title + "\n\n" + item.content();
    return new IncomingDocument(text, false, SOURCE_TYPE, source, reference);
  }

  /** The item's URL and the feed's: {@code <item> (feed <feed>)}. */
  static String sourceName(FeedRegistration feed, FeedItem item) {
    String itemUrl = item.link() != null ? feed.url().resolve(item.link()).toString() : item.key();
    return itemUrl + " (feed " + feed.url() + ")";
  }

  private Outcome skip(FeedRegistration feed, FeedItem item, String reason) {
    publisher.publishWith(
        List.of(), List.of(records.seen(feed.id(), item, reason, clock.instant())));
    seen.add(feed.id(), item.key());
    metrics.itemSkipped(feed.id(), reason);
    return Outcome.SKIPPED;
  }
}
