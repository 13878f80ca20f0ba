package io.dispatchline.ingest.web;

import io.dispatchline.ingest.api.BadDocumentException;
import io.dispatchline.ingest.api.DocumentBodies;
import io.dispatchline.ingest.source.DocumentIngestion;
import io.dispatchline.ingest.source.IngestResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The split, shown, at {@code /}: a pasted or dropped page goes through the same classes as {@code
 * POST /documents/preview} (nothing is published) and comes back as the page's text with each
 * dispatch's boundaries and the dropped chrome, next to the events. Publishing is done by {@code
 * /assets/split.js} with the upload token the person types in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SplitPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(SplitView page);
  }

  private final DocumentIngestion ingestion;
  private final DocumentBodies bodies;

  public SplitPage(DocumentIngestion ingestion, DocumentBodies bodies) {
    this.ingestion = ingestion;
    this.bodies = bodies;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance form() {
    return Templates.index(new SplitView(SplitView.Input.EMPTY, null, List.of(), List.of(), null));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response split(
      @RestForm String text,
      @RestForm FileUpload file,
      @RestForm String type,
      @RestForm String source,
      @RestForm String published) {
    String chosen = type == null ? "auto" : type.strip().toLowerCase(Locale.ROOT);
    String sourceName = source == null || source.isBlank() ? null : source.strip();
    String content = text == null ? "" : text;
    try {
      if (file != null && file.size() > 0) {
        byte[] bytes = bodies.readLimited(Files.newInputStream(file.uploadedFile()));
        content = new String(bytes, StandardCharsets.UTF_8);
        sourceName = sourceName == null ? file.fileName() : sourceName;
        if (chosen.equals("auto") && isHtmlName(file.fileName())) {
          chosen = "html";
        }
      }
    } catch (IOException e) {
      content = "";
    }
    boolean html = chosen.equals("html") || chosen.equals("auto") && looksHtml(content);
    SplitView.Input input =
        new SplitView.Input(
            content,
            html ? "html" : "text",
            sourceName == null ? "" : sourceName,
            published == null ? "" : published.strip());
    try {
      MediaType mediaType =
          (html ? MediaType.TEXT_HTML_TYPE : MediaType.TEXT_PLAIN_TYPE).withCharset("UTF-8");
      IngestResult result =
          ingestion.prepare(
              bodies.read(
                  content.getBytes(StandardCharsets.UTF_8),
                  mediaType,
                  "preview",
                  sourceName,
                  input.published()));
      if (result.events().isEmpty()) {
        throw BadDocumentException.noDispatch();
      }
      List<SplitView.Item> items = new ArrayList<>();
      for (int i = 0; i < result.events().size(); i++) {
        items.add(SplitView.Item.of(i + 1, result.events().get(i)));
      }
      List<SplitView.Block> page =
          PageBlocks.segments(content, html, result.events()).stream()
              .map(s -> block(s, items))
              .toList();
      return Response.ok(
              Templates.index(new SplitView(input, result.documentId(), items, page, null)))
          .build();
    } catch (BadDocumentException e) {
      SplitView.Problem problem = new SplitView.Problem(e.status(), e.title(), e.getMessage());
      return Response.status(e.status())
          .entity(Templates.index(new SplitView(input, null, List.of(), List.of(), problem)))
          .build();
    }
  }

  private static SplitView.Block block(PageBlocks.Segment s, List<SplitView.Item> items) {
    String label =
        s.owner() == 0
            ? "Dropped: page chrome"
            : "#" + s.owner() + " " + items.get(s.owner() - 1).kind();
    return new SplitView.Block(s.owner(), label, s.blocks());
  }

  static boolean isHtmlName(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  static boolean looksHtml(String content) {
    String head = content.stripLeading();
    head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<");
  }
}
