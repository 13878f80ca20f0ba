package io.dispatchline.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GET /dispatches/stream over a real HTTP connection, read line by line as it arrives. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class StreamTest {

  @Inject DispatchStore store;

  @TestHTTPResource("/dispatches/stream")
  URI streamUri;

  private final HttpClient http = HttpClient.newHttpClient();

  /** One SSE event: id, name and data. */
  record Sse(String id, String event, String data) {}

  /** A live subscription: events are collected by a background thread until closed. */
  final class Subscription implements AutoCloseable {
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    final HttpResponse<Stream<String>> response;
    private final Thread reader;

    Subscription(String query, String lastEventId) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(streamUri + "?" + query))
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      response =
          http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
              .get(20, TimeUnit.SECONDS);
      reader =
          new Thread(
              () -> {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                try {
                  for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.isEmpty()) {
                      if (data.length() > 0) {
                        events.add(new Sse(id, name, data.toString()));
                      }
                      id = null;
                      name = null;
                      data.setLength(0);
                    } else if (line.startsWith(":")) {
                      events.add(line);
                    } else if (line.startsWith("id:")) {
                      id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                      name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                      data.append(line.substring(5).strip());
                    }
                  }
                } catch (RuntimeException closed) {
                  // the test closed the stream
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for the subscription comment the server sends once it is in place. */
    void awaitSubscribed() throws InterruptedException {
      Object first = events.poll(20, TimeUnit.SECONDS);
      assertThat(first).isInstanceOf(String.class);
      assertThat((String) first).as("first line").startsWith(":").contains("subscribed");
    }

    Sse nextEvent() throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline) {
        Object o = events.poll(1, TimeUnit.SECONDS);
        if (o instanceof Sse sse) {
          return sse;
        }
      }
      throw new AssertionError("no event within 20 s");
    }

    @Override
    public void close() {
      response.body().close();
      reader.interrupt();
    }
  }

  private static DispatchEvent dispatchOf(String agency, String documentId, int sequence) {
    DispatchEvent e = Events.dispatch(Events.newId(), documentId, sequence, "Streamed body.");
    return new DispatchEvent(
        e.id(),
        e.documentId(),
        e.sequence(),
        e.kind(),
        e.headline(),
        e.located(),
        agency,
        e.datelineText(),
        e.dateText(),
        e.date(),
        e.body(),
        e.wordCount(),
        e.language(),
        e.mentions(),
        e.source());
  }

  @Test
  void deliversDispatchesStoredAfterSubscribingAndResumesFromLastEventId() throws Exception {
    String agency = "Stream-" + Events.newId();
    String doc = Events.newId();
    String query = "agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8);
    store.upsert(List.of(dispatchOf(agency, doc, 0))); // before the subscription: not sent

    String firstEventId;
    DispatchEvent first = dispatchOf(agency, doc, 1);
    try (Subscription s = new Subscription(query, null)) {
      assertThat(s.response.statusCode()).isEqualTo(200);
      assertThat(s.response.headers().firstValue("content-type").orElse(""))
          .startsWith("text/event-stream");
      s.awaitSubscribed();
      store.upsert(List.of(dispatchOf("Other-" + Events.newId(), doc, 9))); // other filter
      store.upsert(List.of(first));
      Sse event = s.nextEvent();
      assertThat(event.event()).isEqualTo("dispatch");
      assertThat(event.data()).contains("\"id\":\"" + first.id() + "\"");
      assertThat(event.id()).matches("[0-9]+");
      firstEventId = event.id();
    }

    // while disconnected, two more arrive; an unchanged redelivery of the first is not new
    DispatchEvent second = dispatchOf(agency, doc, 2);
    DispatchEvent third = dispatchOf(agency, doc, 3);
    store.upsert(List.of(second, third, first));

    try (Subscription s = new Subscription(query, firstEventId)) {
      s.awaitSubscribed();
      List<String> ids = new ArrayList<>();
      List<Long> eventIds = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        Sse e = s.nextEvent();
        ids.add(e.data().replaceAll(".*?\"id\":\"([0-9a-f]+)\".*", "$1"));
        eventIds.add(Long.parseLong(e.id()));
      }
      assertThat(ids).containsExactly(second.id(), third.id());
      assertThat(eventIds).isSorted().allMatch(id -> id > Long.parseLong(firstEventId));
      // a changed dispatch is stored anew and streamed again
      store.upsert(List.of(Events.withBody(second, "Corrected body.")));
      Sse changed = s.nextEvent();
      assertThat(changed.data()).contains(second.id()).contains("Corrected body.");
    }
  }

  @Test
  void aQueryStreamsRowsInTheirLanguageEvenTheFirstOfANewLanguage() throws Exception {
    String agency = "Stream-" + Events.newId();
    String doc = Events.newId();
    // a language code no other row has: the stream must not need it known beforehand
    String language = "q" + (char) ('a' + new Random().nextInt(26)) + "z";
    String word = QueryData.randomWord(new Random());
    String query =
        "agency="
            + URLEncoder.encode(agency, StandardCharsets.UTF_8)
            + "&q="
            + URLEncoder.encode("переговоры or " + word, StandardCharsets.UTF_8);
    try (Subscription s = new Subscription(query, null)) {
      s.awaitSubscribed();
      DispatchEvent english = inLanguage(dispatchOf(agency, doc, 0), "en", "Talks went on.");
      DispatchEvent russian =
          inLanguage(dispatchOf(agency, doc, 1), "ru", "Стороны договорились о переговорах.");
      DispatchEvent fresh = inLanguage(dispatchOf(agency, doc, 2), language, "Then " + word + ".");
      store.upsert(List.of(english, russian));
      store.upsert(List.of(fresh));
      assertThat(s.nextEvent().data()).contains("\"id\":\"" + russian.id() + "\"");
      assertThat(s.nextEvent().data()).contains("\"id\":\"" + fresh.id() + "\"");
    }
  }

  private static DispatchEvent inLanguage(DispatchEvent e, String language, String body) {
    return new DispatchEvent(
        e.id(),
        e.documentId(),
        e.sequence(),
        e.kind(),
        e.headline(),
        e.located(),
        e.agency(),
        e.datelineText(),
        e.dateText(),
        e.date(),
        body,
        e.wordCount(),
        language,
        e.mentions(),
        e.source());
  }
}
