package io.dispatchline.query.web;

import io.dispatchline.query.api.BadParameterException;
import io.dispatchline.query.api.DispatchPage;
import io.dispatchline.query.api.DispatchResource;
import io.dispatchline.query.api.DispatchView;
import io.dispatchline.query.api.DocumentResource;
import io.dispatchline.query.api.FacetResource;
import io.dispatchline.query.api.FacetResource.Facets;
import io.dispatchline.query.api.FilterParams;
import io.dispatchline.query.api.NotFoundProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reader's page at {@code /}: a search rendered on the server from the URL, with the same
 * classes that answer {@code GET /dispatches} and {@code GET /facets}, so it works without
 * JavaScript; {@code /assets/reader.js} adds the live stream and in-place paging.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReaderPage {

  /** Values per facet the page asks for; the day chart uses all of them. */
  static final String FACET_TOP = "62";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(ReaderView page);

    static native TemplateInstance dispatch(DispatchPageView page);

    static native TemplateInstance missing(String what);
  }

  private final DispatchResource dispatches;
  private final FacetResource facets;
  private final DocumentResource documents;

  public ReaderPage(DispatchResource dispatches, FacetResource facets, DocumentResource documents) {
    this.dispatches = dispatches;
    this.facets = facets;
    this.documents = documents;
  }

  @GET
  @Blocking
  @Operation(hidden = true)
  public Response search(@Context UriInfo uri) {
    Map<String, String> raw = new HashMap<>();
    uri.getQueryParameters().forEach((k, v) -> raw.put(k, v.isEmpty() ? null : v.get(0)));
    PageQuery query = PageQuery.of(raw);
    FilterParams filters = filters(query);
    try {
      DispatchPage page =
          dispatches.list(
              filters, query.get("sort"), query.get("limit"), raw.get("cursor"), "full");
      Facets counts = facets.facets(filters, FACET_TOP);
      ReaderView view =
          new ReaderView(
              query,
              counts.total(),
              page.items().stream().map(ResultView::of).toList(),
              page.next() == null ? null : query.next(page.next()),
              List.of(
                  FacetGroup.of("Agency", "agency", counts.agency(), query),
                  FacetGroup.of("Place", "located", counts.located(), query),
                  FacetGroup.of("Language", "language", counts.language(), query),
                  FacetGroup.of("Kind", "kind", counts.kind(), query),
                  FacetGroup.of("Mentioned", "mention", counts.mention(), query)),
              DayChart.of(counts.date()),
              kinds(query.get("kind")),
              null);
      return Response.ok(Templates.index(view)).build();
    } catch (BadParameterException e) {
      ReaderView view =
          new ReaderView(
              query,
              0,
              List.of(),
              null,
              List.of(),
              DayChart.of(List.of()),
              kinds(query.get("kind")),
              e.getMessage());
      return Response.status(400).entity(Templates.index(view)).build();
    }
  }

  @GET
  @Path("/read/{id}")
  @Blocking
  @Operation(hidden = true)
  public Response dispatch(@PathParam("id") String id) {
    try {
      DispatchView d = dispatches.get(id);
      List<DispatchView> items = documents.get(d.documentId()).items();
      return Response.ok(Templates.dispatch(DispatchPageView.of(d, items))).build();
    } catch (NotFoundProblemException e) {
      return Response.status(404).entity(Templates.missing("No dispatch has this id.")).build();
    }
  }

  static FilterParams filters(PageQuery query) {
    FilterParams f = new FilterParams();
    f.q = query.get("q");
    f.agency = query.get("agency");
    f.located = query.get("located");
    f.language = query.get("language");
    f.kind = query.get("kind");
    f.mention = query.get("mention");
    f.from = query.get("from");
    f.to = query.get("to");
    return f;
  }

  static List<ReaderView.Option> kinds(String chosen) {
    return List.of(
        new ReaderView.Option("", "any kind", chosen.isEmpty()),
        new ReaderView.Option("dispatch", "dispatch", chosen.equals("dispatch")),
        new ReaderView.Option("article", "article", chosen.equals("article")),
        new ReaderView.Option("teaser", "teaser", chosen.equals("teaser")));
  }
}
