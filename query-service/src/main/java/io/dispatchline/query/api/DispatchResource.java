package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Stored dispatches over HTTP. */
@Path("/dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private static final Sort DOCUMENT_ORDER =
      Sort.by("ingestedAt").and("documentId").and("sequence");

  @GET
  @Operation(summary = "Dispatches in document order, a page at a time")
  public DispatchPage list(
      @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit")
          String limit,
      @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor")
          String cursor) {
    int size = parseLimit(limit);
    PanacheQuery<DispatchEntity> query;
    if (cursor == null || cursor.isEmpty()) {
      query = DispatchEntity.findAll(DOCUMENT_ORDER);
    } else {
      PageCursor after = PageCursor.decode(cursor);
      query =
          DispatchEntity.find(
              "ingestedAt > :t or (ingestedAt = :t and (documentId > :d"
                  + " or (documentId = :d and sequence > :s)))",
              DOCUMENT_ORDER,
              Parameters.with("t", after.ingestedAt())
                  .and("d", after.documentId())
                  .and("s", after.sequence()));
    }
    // One extra row tells whether a next page exists without a count query.
    List<DispatchEntity> rows = query.range(0, size).list();
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      DispatchEntity last = rows.get(size - 1);
      next = new PageCursor(last.ingestedAt, last.documentId, last.sequence).encode();
    }
    return new DispatchPage(rows.stream().map(DispatchView::of).toList(), next);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One dispatch by id")
  public DispatchView get(@PathParam("id") String id) {
    DispatchEntity entity = DispatchEntity.findById(id);
    if (entity == null) {
      throw new DispatchNotFoundException(id);
    }
    return DispatchView.of(entity);
  }

  static int parseLimit(String limit) {
    if (limit == null || limit.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadParameterException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }
}
