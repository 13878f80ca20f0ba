package io.dispatchline.ingest.split;

import io.dispatchline.ingest.split.fields.DispatchId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item split out of a document: a dispatch under a dateline, the lead article, or a teaser of
 * an index page.
 *
 * @param id stable id, {@link DispatchId#of(Kind, String, String)}: the same text gets the same id
 *     wherever it appears
 * @param sequence 0-based position in the document
 * @param kind what the item is
 * @param headline the headline line, or null
 * @param located dateline place as printed ("BISHKEK", "NAIROBI, Kenya", "New Delhi [India]"); null
 *     without a dateline, or for a dateline that names no place ("(Bloomberg) --")
 * @param agency normalised agency name ("Xinhua", "Reuters", "AP", "AFP", "TASS"), an unlisted
 *     agency as printed ("CNN", "UrduPoint"), or null
 * @param datelineText the dateline exactly as printed ("BISHKEK, Oct. 26 (Xinhua) —"), or null
 * @param dateText the date as printed in the dateline ("Oct. 26"), or null
 * @param date the date with its year resolved, or null when it cannot be resolved honestly
 * @param body the body paragraphs without the dateline, joined by a blank line ("\n\n")
 * @param wordCount words in the body
 * @param language BCP 47 language of the body: "en", or "und" when undetermined; never null
 * @param mentions people, places and organisations named in headline and body, in order of first
 *     appearance, without duplicates
 */
public record Dispatch(
    String id,
    int sequence,
    Kind kind,
    String headline,
    String located,
    String agency,
    String datelineText,
    String dateText,
    LocalDate date,
    String body,
    int wordCount,
    String language,
    List<Mention> mentions) {
  public Dispatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(language, "language");
    mentions = List.copyOf(mentions);
  }
}
