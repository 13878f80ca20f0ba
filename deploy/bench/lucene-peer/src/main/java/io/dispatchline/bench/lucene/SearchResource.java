package io.dispatchline.bench.lucene;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * {@code GET /dispatches?q=…&sort=date|relevance&limit=…}: the first page of matches, newest first
 * or by BM25, as JSON items with the same fields query-service's full view carries for the
 * benchmark (id, headline, located, agency, date, body, rank). First pages only: no cursor.
 */
@Path("/dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  /** One hit. */
  public record Item(
      String id,
      String headline,
      String located,
      String agency,
      String date,
      String body,
      Float rank) {}

  /** A page, shaped like query-service's. */
  public record Page(List<Item> items, String next) {}

  private final DispatchIndex index;

  public SearchResource(DispatchIndex index) {
    this.index = index;
  }

  @GET
  @Blocking
  public Page search(
      @QueryParam("q") String q,
      @QueryParam("sort") @DefaultValue("date") String sort,
      @QueryParam("limit") @DefaultValue("20") int limit)
      throws IOException {
    if (q == null || q.isBlank() || limit < 1 || limit > 100) {
      throw new BadRequestException("q and a limit of 1–100 are needed");
    }
    Query query;
    try {
      query = index.parse(q);
    } catch (ParseException e) {
      throw new BadRequestException("q does not parse: " + e.getMessage());
    }
    IndexSearcher searcher = index.searcher();
    TopDocs top =
        "relevance".equals(sort)
            ? searcher.search(query, limit)
            : searcher.search(query, limit, DispatchIndex.NEWEST_FIRST);
    StoredFields stored = searcher.storedFields();
    List<Item> items = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      Document d = stored.document(hit.doc);
      items.add(
          new Item(
              d.get("id"),
              d.get("headline"),
              d.get("located"),
              d.get("agency"),
              d.get("date"),
              d.get("body"),
              "relevance".equals(sort) ? hit.score : null));
    }
    return new Page(items, null);
  }
}
