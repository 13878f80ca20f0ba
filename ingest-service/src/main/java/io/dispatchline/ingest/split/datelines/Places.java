package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.Resources;
import io.dispatchline.ingest.split.text.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Place names from the gazetteer files ({@code places.tsv}, {@code countries.tsv}), compared
 * ignoring case: the dateline parser asks whether "NEW DELHI" in "NEW DELHI:" is a place, since
 * without an agency or a date only a known place makes such a line a dateline.
 */
public final class Places {
  private final Set<String> lowerNames;

  private Places(Set<String> lowerNames) {
    this.lowerNames = lowerNames;
  }

  public static Places load() {
    Set<String> names = new HashSet<>();
    for (String file : List.of("places.tsv", "countries.tsv", "regions.tsv")) {
      for (String line : Resources.lines(file)) {
        for (String name : Resources.namesOf(line)) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Places(names);
  }

  public boolean known(String printed) {
    return lowerNames.contains(Texts.fold(printed).toLowerCase(Locale.ROOT));
  }
}
