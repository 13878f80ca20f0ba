package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchReader.FacetCount;
import io.dispatchline.query.store.DispatchSql.Facet;
import io.dispatchline.query.store.SearchFilter;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Counts by agency, place, mention, day, kind and language for the same filters as {@code GET
 * /dispatches}.
 */
@Path("/facets")
@Produces(MediaType.APPLICATION_JSON)
public class FacetResource {

  static final int DEFAULT_TOP = 20;

  /** One value and how many matching dispatches have it. */
  public record Count(String value, long count) {}

  /** The facets of the matching dispatches. */
  public record Facets(
      @Schema(description = "How many dispatches match the filters") long total,
      @Schema(description = "Most frequent agencies first") List<Count> agency,
      @Schema(description = "Most frequent dateline places first") List<Count> located,
      @Schema(description = "Most frequent mentioned names first (dispatches, not mentions)")
          List<Count> mention,
      @Schema(description = "Most recent days first (dispatch date, YYYY-MM-DD)") List<Count> date,
      @Schema(description = "Counts by kind (dispatch, article, teaser)") List<Count> kind,
      @Schema(description = "Counts by language (ISO 639-1 code), most frequent first")
          List<Count> language) {}

  private final DispatchReader reader;

  public FacetResource(DispatchReader reader) {
    this.reader = reader;
  }

  @GET
  @Blocking
  @Operation(summary = "Counts by agency, located, mention and day for the filters")
  @APIResponse(responseCode = "200", description = "The counts")
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
  public Facets facets(
      @BeanParam FilterParams filters,
      @Parameter(
              description = "Values per facet, 1 to 100 (default 20)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit) {
    SearchFilter filter = filters.toFilter();
    int top = limit == null || limit.isEmpty() ? DEFAULT_TOP : DispatchResource.parseLimit(limit);
    Map<Facet, List<FacetCount>> counts = reader.facets(filter, top);
    return new Facets(
        reader.count(filter),
        view(counts.get(Facet.AGENCY)),
        view(counts.get(Facet.LOCATED)),
        view(counts.get(Facet.MENTION)),
        view(counts.get(Facet.DATE)),
        view(counts.get(Facet.KIND)),
        view(counts.get(Facet.LANGUAGE)));
  }

  private static List<Count> view(List<FacetCount> counts) {
    return counts.stream().map(c -> new Count(c.value(), c.count())).toList();
  }
}
