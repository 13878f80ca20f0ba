package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchRow;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.SortOrder;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Stored dispatches over HTTP: search, filters, keyset pages, one by id, a live stream. */
@Path("/dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final DispatchReader reader;
  private final DispatchStream stream;

  public DispatchResource(DispatchReader reader, DispatchStream stream) {
    this.reader = reader;
    this.stream = stream;
  }

  @GET
  @Blocking
  @Operation(
      summary = "Search and filter dispatches, a page at a time",
      description =
          "Filters combine with AND. Pages are keyset pages: pass the `next` value of a page as"
              + " `cursor` with the same filters and sort to get the following one; `next` is"
              + " null on the last page. New dispatches never shift a page.")
  @APIResponse(responseCode = "200", description = "A page: `{\"items\": [...], \"next\": ...}`")
  @APIResponse(
      responseCode = "400",
      description = ApiResponses.BAD_REQUEST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = ApiResponses.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = ApiResponses.UNAVAILABLE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DispatchPage list(
      @BeanParam FilterParams filters,
      @Parameter(
              description =
                  "`date` (default): newest dispatch date first, undated last; `relevance`: best"
                      + " match first, only with `q`; `document`: in ingestion and document order",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"date", "relevance", "document"}))
          @QueryParam("sort")
          String sort,
      @Parameter(
              description = "Page size, 1 to 100 (default 20)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The `next` value of the previous page (same filters and sort)")
          @QueryParam("cursor")
          String cursor,
      @Parameter(
              description =
                  "`full` (default): every field; `summary`: items without `body` and"
                      + " `mentions` (headline lists: a fraction of the bytes)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"full", "summary"}))
          @QueryParam("view")
          String view) {
    SearchFilter filter = filters.toFilter();
    int size = parseLimit(limit);
    SortOrder order = parseSort(sort, filter);
    boolean summary = parseView(view);
    List<String> after =
        cursor == null || cursor.isEmpty() ? null : PageCursor.decode(cursor, order, filter).keys();
    // One extra row tells whether a next page exists without a count query.
    DispatchReader.Page page = reader.page(filter, order, after, size + 1, summary);
    List<DispatchRow> rows = page.rows();
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      next = PageCursor.after(order, filter, rows.get(size - 1), page.window()).encode();
    }
    return new DispatchPage(rows.stream().map(r -> DispatchView.of(r, summary)).toList(), next);
  }

  static boolean parseView(String view) {
    if (view == null || view.isBlank()) {
      return false;
    }
    return switch (view.strip().toLowerCase(Locale.ROOT)) {
      case "full" -> false;
      case "summary" -> true;
      default -> throw new BadParameterException("view", "must be full or summary");
    };
  }

  @GET
  @Path("/{id}")
  @Blocking
  @Operation(summary = "One dispatch by id")
  @APIResponse(responseCode = "200", description = "The dispatch")
  @APIResponse(
      responseCode = "404",
      description = "No dispatch has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = ApiResponses.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DispatchView get(@Parameter(description = "The dispatch id") @PathParam("id") String id) {
    if (id.indexOf('\0') >= 0) {
      // No id holds NUL, and PostgreSQL cannot even compare one: not found, without asking.
      throw new NotFoundProblemException("dispatch", id.replace('\0', '\uFFFD'));
    }
    return reader
        .byId(id)
        .map(DispatchView::of)
        .orElseThrow(() -> new NotFoundProblemException("dispatch", id));
  }

  @GET
  @Path("/stream")
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Live stream of newly stored dispatches matching the filters (Server-Sent Events)",
      description =
          "Each event is named `dispatch`, its data the dispatch as JSON, its id the store"
              + " sequence. Without Last-Event-ID the stream starts with dispatches stored from"
              + " now on; with it, right after that event, so a reconnecting client misses"
              + " nothing. A dispatch whose content changes is sent again. Comments (`:`) are"
              + " sent as keep-alives.")
  @APIResponse(responseCode = "200", description = "The event stream")
  @APIResponse(
      responseCode = "400",
      description = ApiResponses.BAD_REQUEST + "; or a Last-Event-ID that is not an event id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = ApiResponses.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Multi<OutboundSseEvent> stream(
      @BeanParam FilterParams filters,
      @Parameter(description = "The id of the last event received, to resume after it")
          @HeaderParam("Last-Event-ID")
          String lastEventHeader,
      @Parameter(
              description =
                  "The same as Last-Event-ID, for clients that cannot set headers (a browser's"
                      + " EventSource opened anew); the header wins when both are sent")
          @QueryParam("lastEventId")
          String lastEventParam,
      @Context Sse sse) {
    SearchFilter filter = filters.toFilter();
    String lastEventId =
        lastEventHeader == null || lastEventHeader.isBlank() ? lastEventParam : lastEventHeader;
    long start;
    if (lastEventId == null || lastEventId.isBlank()) {
      start = stream.now();
    } else {
      try {
        start = Long.parseLong(lastEventId.strip());
      } catch (NumberFormatException e) {
        start = -1;
      }
      if (start < 0) {
        throw new BadParameterException("Last-Event-ID", "must be an event id of this stream");
      }
    }
    return stream
        .events(filter, start, sse)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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

  static SortOrder parseSort(String sort, SearchFilter filter) {
    if (sort == null || sort.isBlank()) {
      return SortOrder.DATE;
    }
    SortOrder order =
        switch (sort.strip().toLowerCase(Locale.ROOT)) {
          case "date" -> SortOrder.DATE;
          case "relevance" -> SortOrder.RELEVANCE;
          case "document" -> SortOrder.DOCUMENT;
          default -> throw new BadParameterException("sort", "must be date, relevance or document");
        };
    if (order == SortOrder.RELEVANCE && !filter.hasQuery()) {
      throw new BadParameterException("sort", "relevance needs a search query 'q'");
    }
    return order;
  }
}
