package io.dispatchline.ingest.evaluation;

import java.util.List;

/**
 * How the splitter did on one page.
 *
 * @param labelled dispatches in the label (teasers not counted)
 * @param produced items of kind dispatch in the split
 * @param found labelled dispatches whose body the split starts at the labelled first words
 * @param headline found ones with the labelled headline (both null counts)
 * @param place found ones with the labelled place
 * @param agency found ones with the labelled agency
 * @param date found ones with the labelled month and day (both null counts)
 * @param dateline found ones with the dateline as printed (reported, not part of "right")
 * @param bodyEnd found ones whose body ends with the labelled last words (or the alternative)
 * @param languageLabelled found ones whose label gives the body's language
 * @param language of those, the ones with the labelled language
 * @param right found ones with headline, place, agency, date, body end and (where labelled)
 *     language all right
 * @param teasers teasers in the label
 * @param teasersAsDispatches labelled teasers the split returned as dispatches
 * @param problems one line per disagreement, for reading (holds page text: not for committing)
 */
public record PageScore(
    String page,
    String kind,
    String format,
    int labelled,
    int produced,
    int found,
    int headline,
    int place,
    int agency,
    int date,
    int dateline,
    int bodyEnd,
    int languageLabelled,
    int language,
    int right,
    int teasers,
    int teasersAsDispatches,
    List<String> problems) {

  public PageScore {
    problems = List.copyOf(problems);
  }

  /** Produced dispatches that match no labelled dispatch: extra boundaries. */
  public int extra() {
    return produced - found;
  }
}
