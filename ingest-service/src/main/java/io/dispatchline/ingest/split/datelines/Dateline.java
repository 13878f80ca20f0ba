package io.dispatchline.ingest.split.datelines;

/**
 * A dateline found at the start of a paragraph.
 *
 * @param located the place as printed ("BISHKEK", "NAIROBI, Kenya", "HAVANA / BEIJING")
 * @param agency the normalised agency name, or null
 * @param text the dateline exactly as printed, separator included ("BISHKEK, Oct. 26 (Xinhua) —")
 * @param dateText the date as printed ("Oct. 26"), or null
 * @param month 1–12, or 0 without a date
 * @param day 1–31, or 0 without a date
 * @param year the year when the dateline prints one, else 0
 * @param bodyStart where the story text starts in the paragraph
 * @param knownPlace whether the place is in the gazetteer (a city, a capital, a country)
 */
public record Dateline(
    String located,
    String agency,
    String text,
    String dateText,
    int month,
    int day,
    int year,
    int bodyStart,
    boolean knownPlace) {

  /**
   * A bare place and a separator ("BISHKEK -") is also how a run-in ALL-CAPS subhead looks, so it
   * only counts as a dateline where a headline stands above it.
   */
  public boolean weak() {
    return agency == null && month == 0;
  }
}
