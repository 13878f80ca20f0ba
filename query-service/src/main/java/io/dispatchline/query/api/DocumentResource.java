package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents: where dispatches came from, with their items in order. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  /** A document and its items (dispatches, articles, teasers) in sequence order. */
  public record DocumentView(String id, DispatchView.SourceView source, List<DispatchView> items) {}

  private final DispatchReader reader;

  public DocumentResource(DispatchReader reader) {
    this.reader = reader;
  }

  @GET
  @Path("/{id}")
  @Blocking
  @Operation(summary = "One document with its items in sequence order")
  @APIResponse(responseCode = "200", description = "The document")
  @APIResponse(
      responseCode = "404",
      description = "No document has this id",
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
  public DocumentView get(@Parameter(description = "The document id") @PathParam("id") String id) {
    if (id.indexOf('\0') >= 0) {
      // No id holds NUL, and PostgreSQL cannot even compare one: not found, without asking.
      throw new NotFoundProblemException("document", id.replace('\0', '\uFFFD'));
    }
    return reader
        .document(id)
        .map(
            d ->
                new DocumentView(
                    d.id(),
                    new DispatchView.SourceView(
                        d.sourceType(), d.sourceName(), (Instant) d.ingestedAt()),
                    d.items().stream().map(DispatchView::of).toList()))
        .orElseThrow(() -> new NotFoundProblemException("document", id));
  }
}
