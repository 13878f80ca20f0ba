package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Known news agencies, from {@code split/agencies.tsv}: spelling in a dateline → normal name. */
public final class Agencies {
  private final Map<String, String> byLowerName;

  private Agencies(Map<String, String> byLowerName) {
    this.byLowerName = byLowerName;
  }

  public static Agencies load() {
    Map<String, String> map = new HashMap<>();
    for (String line : Resources.lines("agencies.tsv")) {
      List<String> names = Resources.namesOf(line);
      for (String name : names) {
        map.put(name.toLowerCase(Locale.ROOT), names.get(0));
      }
    }
    return new Agencies(map);
  }

  /** The normal name of a known agency, or null. */
  public String known(String printed) {
    return byLowerName.get(printed.strip().toLowerCase(Locale.ROOT));
  }
}
