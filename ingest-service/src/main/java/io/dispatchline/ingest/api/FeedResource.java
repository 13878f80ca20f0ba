package io.dispatchline.ingest.api;

import io.dispatchline.ingest.feeds.FeedRegistration;
import io.dispatchline.ingest.feeds.FeedRegistry;
import io.dispatchline.ingest.feeds.Feeds;
import io.dispatchline.ingest.feeds.SeenItems;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Feeds to poll: RSS 2.0, Atom 1.0 or JSON Feed 1.1 URLs. Changes need the upload token; reads are
 * open. Each new item's dispatches are published once, with the item's entry in the seen set.
 */
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

  private final Feeds feeds;
  private final FeedRegistry registry;
  private final SeenItems seen;
  private final UploadToken token;

  public FeedResource(Feeds feeds, FeedRegistry registry, SeenItems seen, UploadToken token) {
    this.feeds = feeds;
    this.registry = registry;
    this.seen = seen;
    this.token = token;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = DocumentResource.SECURITY)
  @Operation(
      summary = "Register a feed",
      description =
          "Polled at once, then every interval (conditional GET). The id is derived from the URL:"
              + " registering the same URL again replaces its settings.")
  @APIResponse(
      responseCode = "201",
      description = "Registered (or its settings replaced); Location names it",
      content = @Content(schema = @Schema(implementation = FeedView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "No or bad url, not http(s), an address that may not be fetched (loopback, private,"
              + " link-local) or a bad interval",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No or wrong upload token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(
      FeedRequest request,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    token.check(authorization);
    if (request == null) {
      throw new BadDocumentException(
          400, "bad-feed", "Bad feed registration", "The body must be {\"url\": ...}");
    }
    FeedRegistration feed =
        feeds.register(
            request.url(),
            request.interval(),
            request.name(),
            Boolean.TRUE.equals(request.fetchPages()));
    return Response.created(uri.getAbsolutePathBuilder().path(feed.id()).build())
        .entity(view(feed))
        .build();
  }

  @GET
  @Operation(summary = "All registered feeds with their polling state")
  public List<FeedView> list() {
    return registry.all().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One feed with its polling state")
  @APIResponse(responseCode = "200", description = "The feed")
  @APIResponse(
      responseCode = "404",
      description = "No such feed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public FeedView get(@PathParam("id") String id) {
    return registry.get(id).map(this::view).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = DocumentResource.SECURITY)
  @Operation(summary = "Stop polling a feed (its published dispatches stay)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "404",
      description = "No such feed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response remove(
      @PathParam("id") String id,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    token.check(authorization);
    if (!feeds.remove(id)) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  private FeedView view(FeedRegistration f) {
    return FeedView.of(f, registry.state(f.id()).orElse(null), seen.count(f.id()));
  }

  private static BadDocumentException notFound(String id) {
    return new BadDocumentException(404, "no-such-feed", "No such feed", "No feed " + id);
  }
}
