package io.dispatchline.ingest.source;

import io.dispatchline.ingest.fetch.FetchedPage;
import io.dispatchline.ingest.fetch.PageFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.LocalDate;

/** A page named by its URL ({@code POST /documents?url=}), fetched with the fetch rules. */
@ApplicationScoped
public class UrlDocuments {

  public static final String SOURCE_TYPE = "url";

  private final PageFetcher pages;

  public UrlDocuments(PageFetcher pages) {
    this.pages = pages;
  }

  /**
   * @throws io.dispatchline.ingest.fetch.FetchException when the URL is refused or fails
   */
  public IncomingDocument fetch(URI url, LocalDate published) {
    FetchedPage page = pages.fetch(url);
    return new IncomingDocument(
        page.content(), page.html(), SOURCE_TYPE, page.url().toString(), published);
  }
}
