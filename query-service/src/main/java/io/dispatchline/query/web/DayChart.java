package io.dispatchline.query.web;

import io.dispatchline.query.api.FacetResource.Count;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of matching dispatches per day, as SVG bars from the first day to the last (days
 * without dispatches drawn as gaps). Sizes are attributes, not styles: the page's CSP allows no
 * inline style.
 */
public record DayChart(String first, String last, long max, List<Bar> bars, int width) {

  static final int MAX_DAYS = 62;
  static final int HEIGHT = 60;
  private static final int BAR = 10;

  /** One day: its bar's position and height. */
  public record Bar(String day, long count, int x, int y, int height) {}

  static DayChart of(List<Count> days) {
    Map<LocalDate, Long> byDay = new HashMap<>();
    for (Count c : days) {
      try {
        byDay.put(LocalDate.parse(c.value()), c.count());
      } catch (DateTimeParseException e) {
        // not a day: left out of the chart
      }
    }
    if (byDay.isEmpty()) {
      return new DayChart(null, null, 0, List.of(), 0);
    }
    LocalDate last = byDay.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    LocalDate first = byDay.keySet().stream().min(LocalDate::compareTo).orElseThrow();
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      first = last.minusDays(MAX_DAYS - 1);
    }
    long max = byDay.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    int x = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      long n = byDay.getOrDefault(d, 0L);
      int h = n == 0 ? 0 : (int) Math.max(2, Math.round((double) n * HEIGHT / max));
      String day = d.toString();
      bars.add(new Bar(day, n, x, HEIGHT - h, h));
      x += BAR + 2;
    }
    return new DayChart(first.toString(), last.toString(), max, bars, Math.max(x, 1));
  }

  public boolean empty() {
    return bars.isEmpty();
  }

  public int height() {
    return HEIGHT;
  }

  public int barWidth() {
    return BAR;
  }
}
