package io.dispatchline.ingest.split;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English month and weekday names as wires print them ("Oct.", "Sept", "October"). */
final class Months {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan"},
      {"february", "feb"},
      {"march", "mar"},
      {"april", "apr"},
      {"may"},
      {"june", "jun"},
      {"july", "jul"},
      {"august", "aug"},
      {"september", "sep", "sept"},
      {"october", "oct"},
      {"november", "nov"},
      {"december", "dec"},
    };
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        MONTHS.put(name, m + 1);
      }
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
    }
  }

  private Months() {}

  /** 1–12 for a month name or abbreviation (without its dot), any case; 0 otherwise. */
  static int month(CharSequence word) {
    if (word.length() < 3 || word.length() > 9) {
      return 0;
    }
    Integer m = MONTHS.get(word.toString().toLowerCase(Locale.ROOT));
    return m == null ? 0 : m;
  }

  /** The weekday for a full weekday name, any case; null otherwise. */
  static DayOfWeek weekday(CharSequence word) {
    if (word.length() < 6 || word.length() > 9) {
      return null;
    }
    return WEEKDAYS.get(word.toString().toLowerCase(Locale.ROOT));
  }
}
