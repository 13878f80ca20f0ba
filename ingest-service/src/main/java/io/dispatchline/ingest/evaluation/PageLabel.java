package io.dispatchline.ingest.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The hand-made label of one page: what a careful reader says its dispatches are. Read from {@code
 * <page>.json} next to the page ({@code docs/splitter.md}, "Measuring on your own pages").
 *
 * @param kind single, compilation, index or live: the figures are also given per kind
 * @param referenceDate the page's publication date when known (ISO), the year fallback
 * @param dispatches every dispatch of the page, and its teasers, in page order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageLabel(
    String kind, @JsonProperty("reference_date") String referenceDate, List<Item> dispatches) {

  public PageLabel {
    kind = kind == null || kind.isBlank() ? "single" : kind;
    dispatches = dispatches == null ? List.of() : List.copyOf(dispatches);
  }

  /**
   * One labelled dispatch.
   *
   * @param date "MM-DD" of the date the dateline prints, or null when it prints none
   * @param firstWords the first (up to 8) words of the body after the dateline
   * @param lastWords the last (up to 8) words of the story
   * @param altLastWords another acceptable end, or null
   * @param teaser a teaser or a "Related" item: must not come out as a dispatch
   * @param language ISO 639-1 code of the body ("ru", "zh"), or null when not labelled
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(
      String headline,
      String place,
      String date,
      String agency,
      String dateline,
      @JsonProperty("first_words") String firstWords,
      @JsonProperty("last_words") String lastWords,
      @JsonProperty("alt_last_words") String altLastWords,
      boolean teaser,
      String language) {}
}
