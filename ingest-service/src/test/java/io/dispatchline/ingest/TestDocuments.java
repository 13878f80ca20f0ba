package io.dispatchline.ingest;

import java.util.List;

/** Small documents with unique text (so unique ids) and a known number of dispatches. */
public final class TestDocuments {

  private static final List<String> PLACES =
      List.of("GENEVA", "LONDON", "NAIROBI", "MILAN", "DOHA", "LIMA", "OSLO", "QUITO");

  private TestDocuments() {}

  /** A text document of {@code dispatches} Reuters dispatches, each under its own headline. */
  public static String text(String label, int dispatches) {
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < dispatches; i++) {
      String place = PLACES.get(i % PLACES.size());
      doc.append("Delegates in ")
          .append(capitalised(place))
          .append(" agree on point ")
          .append(i + 1)
          .append(" of plan ")
          .append(label)
          .append("\n\n")
          .append(place)
          .append(", March ")
          .append(3 + i)
          .append(" (Reuters) - Delegates met again on Monday to discuss part ")
          .append(i + 1)
          .append(" of the draft accord known as ")
          .append(label)
          .append(
              ", officials said.\n\nThe talks will continue next week, a spokesperson said.\n\n");
    }
    return doc.toString();
  }

  private static String capitalised(String place) {
    return place.charAt(0) + place.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
