package io.dispatchline.query.api;

import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few hundred dispatches whose agencies, places, mentions and body word all carry one random
 * marker, so that tests sharing the database only ever see their own rows.
 */
final class QueryData {

  static final String[] AGENCIES = {"Xinhua", "Reuters", "AFP", "AP"};
  static final String[] PLACES = {"BISHKEK", "LONDON", "PARIS", "BEIJING", "NAIROBI"};
  static final String[] KINDS = {"dispatch", "article", "teaser"};
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  final String marker = randomWord(new Random());
  final List<String> documents = new ArrayList<>();
  final List<DispatchEvent> events = new ArrayList<>();

  QueryData(int count) {
    for (int d = 0; d < 10; d++) {
      documents.add(Events.newId());
    }
    for (int i = 0; i < count; i++) {
      events.add(event(i, documents.get(i % 10), i / 10));
    }
  }

  static String randomWord(Random random) {
    StringBuilder s = new StringBuilder("qx");
    for (int i = 0; i < 10; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  String agency(int i) {
    return AGENCIES[i % AGENCIES.length] + "-" + marker;
  }

  String place(int i) {
    return PLACES[i % PLACES.length] + "-" + marker;
  }

  String person(int i) {
    return "Person" + (i % 7) + " " + marker;
  }

  String shared() {
    return "Shared " + marker;
  }

  DispatchEvent event(int i, String documentId, int sequence) {
    List<DispatchEvent.Mention> mentions = new ArrayList<>();
    mentions.add(new DispatchEvent.Mention(person(i), "person"));
    if (i % 2 == 0) {
      mentions.add(new DispatchEvent.Mention(shared(), "organisation"));
    }
    LocalDate date = i % 50 == 49 ? null : FIRST_DAY.plusDays(i % 30);
    String body =
        "The delegation met in the capital on day "
            + i
            + " and discussed trade and "
            + marker
            + " cooperation. Officials said talks would continue next week.";
    return new DispatchEvent(
        Events.newId(),
        documentId,
        sequence,
        KINDS[i % KINDS.length],
        "Talks continue, item " + i,
        place(i),
        agency(i),
        place(i) + " (" + agency(i) + ") —",
        date == null ? null : date.toString(),
        date,
        body,
        body.split("\\s+").length,
        "en",
        mentions,
        new DispatchEvent.Source("file", "query-test", Instant.parse("2026-02-01T00:00:00Z")));
  }
}
