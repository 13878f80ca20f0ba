package io.dispatchline.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The reader's page at query-service's {@code /} in headless chromium, on the running system. */
@ExtendWith(BrowserSystem.class)
class ReaderPageBrowserIT {

  static final String MONGOLIA =
      "China to work with Mongolia to safeguard sovereignty, independence — Chinese premier";
  static final String HOSTILE_WORD = "qzharbour" + UUID.randomUUID().toString().substring(0, 6);
  static Browser browser;

  @BeforeAll
  static void open() throws Exception {
    // In HTML the markup is text (entities), so the stored dispatch holds it as characters.
    BrowserSystem.upload(
        "<html><body><h1>Quay notice</h1><p>VALLETTA, March 3 (Reuters) - Crews painted"
            + " &lt;script&gt;window.pwned=1&lt;/script&gt; and &lt;img src=x"
            + " onerror=window.pwned=2&gt; on the wall of the "
            + HOSTILE_WORD
            + " harbour, officials said on Monday.</p></body></html>",
        "text/html");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                BrowserSystem.get(BrowserSystem.queryUrl() + "/dispatches?q=" + HOSTILE_WORD)
                    .contains(HOSTILE_WORD));
    browser = BrowserSystem.browser();
  }

  private void go(String pathAndQuery) {
    browser.driver.get(BrowserSystem.queryUrl() + pathAndQuery);
  }

  private List<WebElement> results() {
    return browser.driver.findElements(By.cssSelector("#results > li"));
  }

  @Test
  void aSearchForASeedWordShowsTheRightDispatchesWithTheWordHighlighted() throws Exception {
    go("/?q=Mongolia");
    List<WebElement> items = results();
    assertThat(items)
        .extracting(li -> li.findElement(By.tagName("h3")).getText())
        .contains(MONGOLIA);
    assertThat(items).hasSize(2);
    for (WebElement li : items) {
      assertThat(li.findElements(By.tagName("mark")))
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("Mongolia"));
    }
    browser.screenshot("reader-search", 1400);
  }

  @Test
  void aFacetClickNarrowsTheResultsAndTheUrlChanges() {
    go("/?q=premier");
    int before = results().size();
    String url = browser.driver.getCurrentUrl();
    browser
        .driver
        .findElement(By.cssSelector("a[data-facet='kind'][href*='kind=article']"))
        .click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.driver.getCurrentUrl().contains("kind=article"));
    assertThat(browser.driver.getCurrentUrl()).isNotEqualTo(url).contains("q=premier");
    List<WebElement> after = results();
    assertThat(after).isNotEmpty().hasSizeLessThan(before);
    assertThat(after)
        .extracting(li -> li.findElement(By.className("kind")).getText())
        .containsOnly("article");
  }

  @Test
  void theNextPageContinuesInPlaceWithNoDuplicates() {
    go("/?located=BISHKEK&kind=dispatch&limit=3");
    String url = browser.driver.getCurrentUrl();
    assertThat(results()).hasSize(3);
    for (int expected : new int[] {6, 8}) {
      browser.driver.findElement(By.id("next-page")).click();
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> results().size() >= expected);
    }
    assertThat(browser.driver.findElements(By.id("next-page"))).isEmpty();
    List<String> ids = results().stream().map(li -> li.getAttribute("data-id")).toList();
    assertThat(ids).hasSize(8).doesNotHaveDuplicates();
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
    assertThat(browser.driver.findElement(By.id("results-heading")).getText())
        .startsWith("8 items");
  }

  @Test
  void theLiveSwitchShowsADispatchUploadedDuringTheTestWithinSeconds() throws Exception {
    String word = "qzlive" + UUID.randomUUID().toString().substring(0, 8);
    go("/?q=" + word);
    assertThat(results()).isEmpty();
    browser.driver.findElement(By.id("live")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "connected"
                    .equals(
                        browser
                            .driver
                            .findElement(By.id("live-control"))
                            .getAttribute("data-state")));
    String headline = "Ferry timetable changes " + word;
    BrowserSystem.upload(
        headline
            + "\n\nGENEVA, March 3 (Reuters) - The "
            + word
            + " ferry will leave an hour earlier from Monday, the operator said.\n");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> results().stream().anyMatch(li -> li.getText().contains(word)));
    assertThat(browser.driver.findElement(By.id("live-status")).getText()).startsWith("Live: ");
  }

  @Test
  void scriptAndImageMarkupInAPageIsShownAsText() {
    // The search finds it (the snippet is PostgreSQL's, which leaves tag-like words out) ...
    go("/?q=" + HOSTILE_WORD);
    assertThat(results()).hasSize(1);
    assertThat(browser.driver.findElements(By.cssSelector("#results img, #results script")))
        .isEmpty();
    // ... the list without a search shows the start of the body, the markup as text ...
    go("/?located=VALLETTA");
    List<WebElement> items = results();
    assertThat(items).hasSize(1);
    assertThat(browser.driver.findElement(By.id("results")).getText())
        .contains("<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=2>");
    assertThat(browser.driver.findElements(By.cssSelector("#results img, #results script")))
        .isEmpty();
    // ... and so does the dispatch page.
    items.get(0).findElement(By.cssSelector("h3 a")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.driver.getCurrentUrl().contains("/read/"));
    assertThat(browser.driver.findElement(By.cssSelector("article.dispatch")).getText())
        .contains("<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=2>");
    assertThat(browser.driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationsOnTheSearchAndDispatchPages() throws Exception {
    go("/?q=premier");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("reader", 1400);
    browser.driver.findElement(By.cssSelector("#results > li h3 a")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.driver.getCurrentUrl().contains("/read/"));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("reader-dispatch", 1400);
  }

  @Test
  void atPhoneWidthNothingScrollsSidewaysAndTheSearchIsReachableByKeyboard() throws Exception {
    browser.size(390, 844);
    try {
      go("/?q=Mongolia");
      assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .isEqualTo(true);
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      browser.screenshot("reader-phone", 1600);
      WebElement body = browser.driver.findElement(By.tagName("body"));
      body.sendKeys(org.openqa.selenium.Keys.TAB);
      assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    } finally {
      browser.size(1280, 1000);
    }
  }
}
