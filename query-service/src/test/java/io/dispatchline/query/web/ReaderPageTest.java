package io.dispatchline.query.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.local.LocalStackTestResource;
import io.dispatchline.query.Events;
import io.dispatchline.query.consume.DispatchEvent;
import io.dispatchline.query.store.DispatchStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's page as a browser without JavaScript gets it: server-rendered HTML. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ReaderPageTest {

  private static final Pattern ITEM_ID =
      Pattern.compile("<li class=\"result\" data-id=\"([0-9a-f]+)\"");
  private static final Pattern NEXT =
      Pattern.compile("id=\"next-page\" rel=\"next\" href=\"([^\"]+)\"");
  private static String marker;
  private static String hostileId;
  private static final List<DispatchEvent> rows = new ArrayList<>();

  @Inject DispatchStore store;

  @BeforeEach
  void load() {
    synchronized (ReaderPageTest.class) {
      if (marker != null) {
        return;
      }
      marker = "qw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      String doc = Events.newId();
      for (int i = 0; i < 5; i++) {
        rows.add(
            event(
                doc,
                i,
                "Harbour talks resume, part " + i,
                i % 2 == 0 ? "Alpha-" + marker : "Beta-" + marker,
                "The " + marker + " delegation met on day " + i + " and agreed to meet again.",
                i == 4 ? "xx" : "en"));
      }
      DispatchEvent hostile =
          event(
              doc,
              5,
              "<script>alert('headline')</script> Quay closed",
              "Alpha-" + marker,
              "Crowds chanted <img src=x onerror=alert(1)> near the " + marker + " quay & gate.",
              "en");
      hostileId = hostile.id();
      rows.add(hostile);
      store.upsert(rows);
    }
  }

  static DispatchEvent event(
      String doc, int seq, String headline, String agency, String body, String language) {
    LocalDate date = LocalDate.of(2025, 3, 1).plusDays(seq % 3);
    return new DispatchEvent(
        Events.newId(),
        doc,
        seq,
        "dispatch",
        headline,
        "VALLETTA",
        agency,
        "VALLETTA (" + agency + ") —",
        null,
        date,
        body,
        body.split("\\s+").length,
        language,
        List.of(new DispatchEvent.Mention("Harbour Board " + marker, "organisation")),
        new DispatchEvent.Source("file", "reader-test", Instant.parse("2026-02-01T00:00:00Z")));
  }

  private static Response page(String pathAndQuery) {
    return given().accept("text/html").urlEncodingEnabled(false).get(pathAndQuery);
  }

  @Test
  void aSearchIsRenderedOnTheServerWithTheHitsMarked() {
    Response r = page("/?q=" + marker);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html");
    String html = r.asString();
    assertThat(html).contains("Harbour talks resume, part 3");
    assertThat(html).contains("<mark>" + marker + "</mark>");
    assertThat(ids(html)).hasSize(6);
  }

  @Test
  void textFromPagesIsEscapedAndOnlyMarkIsMarkup() {
    String html = page("/?q=" + marker + "%20quay").asString();
    assertThat(html).doesNotContain("<script>alert", "<img src=x", "onerror=alert(1)>");
    assertThat(html).contains("&lt;script&gt;alert(");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    String dispatch = page("/read/" + hostileId).asString();
    assertThat(dispatch).doesNotContain("<script>alert", "<img src=x");
    assertThat(dispatch).contains("&lt;img src=x onerror=alert(1)&gt; near the", "&amp; gate");
  }

  @Test
  void everyPageAnswerCarriesAContentSecurityPolicyWithoutInlineScript() {
    for (String path : List.of("/", "/read/" + hostileId, "/read/none", "/assets/reader.js")) {
      String csp = page(path).header("Content-Security-Policy");
      assertThat(csp).as(path).contains("script-src 'self'", "default-src 'none'");
      assertThat(csp).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
    }
    assertThat(page("/").asString())
        .doesNotContainPattern("<script>[^<]")
        .doesNotContain(" style=");
  }

  @Test
  void aFacetLinkNarrowsTheSearchAndKeepsItInTheUrl() {
    String html = page("/?q=" + marker).asString();
    String link = "/?q=" + marker + "&amp;agency=Beta-" + marker;
    assertThat(html).contains("href=\"" + link + "\"");
    String narrowed = page(link.replace("&amp;", "&")).asString();
    assertThat(ids(narrowed)).hasSize(2);
    assertThat(narrowed).contains("Remove Agency: Beta-" + marker);
  }

  @Test
  void theLanguageFilterAndFacetSelectByLanguage() {
    String html = page("/?q=" + marker + "&language=xx").asString();
    assertThat(ids(html)).containsExactly(rows.get(4).id());
    assertThat(
            given().get("/dispatches?q=" + marker + "&language=xx").jsonPath().getList("items.id"))
        .containsExactly(rows.get(4).id());
    assertThat(given().get("/facets?q=" + marker).jsonPath().getList("language.value"))
        .containsExactly("en", "xx");
  }

  @Test
  void theNextPageLinkWorksWithoutJavaScriptAndRepeatsNothing() {
    List<String> seen = new ArrayList<>();
    String url = "/?q=" + marker + "&limit=2";
    int pages = 0;
    while (url != null) {
      String html = page(url).asString();
      seen.addAll(ids(html));
      Matcher next = NEXT.matcher(html);
      url = next.find() ? next.group(1).replace("&amp;", "&") : null;
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(rows.stream().map(DispatchEvent::id).toList());
  }

  @Test
  void theDispatchPageShowsBodyMentionsAndTheDocumentInOrder() {
    Response r = page("/read/" + rows.get(1).id());
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.asString();
    assertThat(html).contains("<h1>Harbour talks resume, part 1</h1>");
    assertThat(html).contains("href=\"/?mention=Harbour%20Board%20" + marker + "\"");
    assertThat(html)
        .containsSubsequence("part 0", "part 1", "part 2", "part 3", "part 4", "Quay closed");
    assertThat(page("/read/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void aBadFilterIsAPageSayingWhatIsWrong() {
    Response r = page("/?from=yesterday");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.asString()).contains("role=\"alert\"", "from&#39; must be a date as YYYY-MM-DD");
  }

  @Test
  void theLiveStreamResumesFromALastEventIdQueryParameter() {
    given().get("/dispatches/stream?lastEventId=nope").then().statusCode(400);
  }

  private static List<String> ids(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ITEM_ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
