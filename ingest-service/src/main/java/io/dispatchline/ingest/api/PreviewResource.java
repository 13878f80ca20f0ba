package io.dispatchline.ingest.api;

import io.dispatchline.ingest.source.DocumentIngestion;
import io.dispatchline.ingest.source.IngestResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Shows how a document would be split, without publishing anything. Open to everyone. */
@Path("/documents/preview")
public class PreviewResource {

  private final DocumentIngestion ingestion;
  private final DocumentBodies bodies;

  public PreviewResource(DocumentIngestion ingestion, DocumentBodies bodies) {
    this.ingestion = ingestion;
    this.bodies = bodies;
  }

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Split a document and return the dispatch events it would publish",
      description =
          "text/plain or text/html body (UTF-8 unless the Content-Type names a charset), or JSON"
              + " {\"text\"|\"html\": ..., \"source\": ..., \"publishedAt\": ...}. Nothing is"
              + " published.")
  @APIResponse(responseCode = "200", description = "The events it would publish")
  @APIResponse(
      responseCode = "400",
      description = "Empty body, malformed JSON or a bad parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "Body over the size limit (default 5 MB)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "415",
      description = "Unsupported content type, not text in its charset, or binary",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "No article or dispatch found in the document",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PreviewResponse preview(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
      @Parameter(description = "Where the document came from (file name, URL, label)")
          @QueryParam("source")
          String source,
      @Parameter(description = "Reference date for resolving datelines' years (ISO date)")
          @QueryParam("published")
          String published) {
    IngestResult result =
        ingestion.prepare(
            bodies.read(bodies.readLimited(body), type, "preview", source, published));
    if (result.events().isEmpty()) {
      throw BadDocumentException.noDispatch();
    }
    return new PreviewResponse(result.documentId(), result.events().size(), result.events());
  }
}
