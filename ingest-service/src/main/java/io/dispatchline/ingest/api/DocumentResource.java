package io.dispatchline.ingest.api;

import io.dispatchline.ingest.publish.IngestMetrics;
import io.dispatchline.ingest.source.DocumentIngestion;
import io.dispatchline.ingest.source.IngestResult;
import io.dispatchline.ingest.source.UrlDocuments;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Uploads a document: split, then all its dispatches published to {@code dispatches} in one Kafka
 * transaction. Needs {@code Authorization: Bearer <INGEST_TOKEN>}.
 */
@Path("/documents")
@SecurityScheme(
    securitySchemeName = DocumentResource.SECURITY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The upload token configured in ingest-service (INGEST_TOKEN)")
public class DocumentResource {

  static final String SECURITY = "uploadToken";
  static final String SOURCE_TYPE = "http";

  private final DocumentIngestion ingestion;
  private final DocumentBodies bodies;
  private final UploadToken token;
  private final IngestMetrics metrics;
  private final UrlDocuments urls;

  public DocumentResource(
      DocumentIngestion ingestion,
      DocumentBodies bodies,
      UploadToken token,
      IngestMetrics metrics,
      UrlDocuments urls) {
    this.urls = urls;
    this.ingestion = ingestion;
    this.bodies = bodies;
    this.token = token;
    this.metrics = metrics;
  }

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = SECURITY)
  @Operation(
      summary = "Upload a document: split it and publish its dispatches atomically",
      description =
          "text/plain or text/html body (UTF-8 unless the Content-Type names a charset), or JSON"
              + " {\"text\"|\"html\": ..., \"source\": ..., \"publishedAt\": ...}. All dispatches"
              + " of the document are published to the Kafka topic 'dispatches' in one"
              + " transaction: a read_committed subscriber sees all of them or none. Uploading"
              + " the same document again gives the same ids.")
  @APIResponse(
      responseCode = "202",
      description = "Published; the document id and the ids and headlines of its dispatches",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UploadResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Empty body, malformed JSON, a bad parameter, or a url that may not be fetched (not"
              + " http(s), a private address)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No Authorization header, not Bearer, or not the upload token",
      headers =
          @Header(name = "WWW-Authenticate", description = "Bearer realm=\"dispatchline-ingest\""),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "Body over the size limit (DISPATCHLINE_DOCUMENTS_MAX_BYTES, default 5 MB)",
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
      description = "No article or dispatch found, or a dispatch too large for one Kafka record",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "502",
      description = "With ?url=: the page could not be fetched (error status, network, too large)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "504",
      description = "With ?url=: the page gave no complete answer within the fetch timeout",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description =
          "Kafka did not take the document (nothing of it is visible; retry after Retry-After"
              + " seconds), or uploads are disabled because no upload token is configured",
      headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying"),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response upload(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = "Where the document came from (file name, URL, label)")
          @QueryParam("source")
          String source,
      @Parameter(
              description =
                  "Reference date for resolving datelines' years (ISO date or date-time); raw"
                      + " bodies only, JSON bodies use 'publishedAt'")
          @QueryParam("published")
          String published,
      @Parameter(
              description =
                  "Fetch this page and ingest it instead of a body (same fetch rules as feeds:"
                      + " http(s) only, no private addresses unless allowed, robots.txt)")
          @QueryParam("url")
          String url) {
    token.check(authorization);
    String sourceType = url == null ? SOURCE_TYPE : UrlDocuments.SOURCE_TYPE;
    IngestResult result;
    try {
      result =
          ingestion.ingest(
              url == null
                  ? bodies.read(bodies.readLimited(body), type, SOURCE_TYPE, source, published)
                  : urls.fetch(pageUrl(url), DocumentBodies.referenceDate("published", published)));
    } catch (BadDocumentException e) {
      metrics.rejected(sourceType, e.slug());
      throw e;
    }
    return Response.accepted(UploadResponse.of(result.documentId(), result.events())).build();
  }

  /**
   * {@code POST /documents?url=} with no body, so no (or any) Content-Type: {@code curl -X POST}
   * sends none. Anything else without a supported type is still a 415.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response uploadByUrl(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("published") String published,
      @QueryParam("url") String url) {
    if (url == null) {
      throw new NotSupportedException();
    }
    return upload(null, null, authorization, null, published, url);
  }

  private static URI pageUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      if (!uri.isAbsolute()) {
        throw BadDocumentException.badField("url", "must be an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw BadDocumentException.badField("url", "is not a URL: " + e.getMessage());
    }
  }
}
