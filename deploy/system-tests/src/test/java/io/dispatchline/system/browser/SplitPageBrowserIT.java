package io.dispatchline.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.system.SystemPaths;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The split page at ingest-service's {@code /} in headless chromium, on the running system. */
@ExtendWith(BrowserSystem.class)
class SplitPageBrowserIT {

  /** The seed: a lead article, then eight dispatches. */
  static final List<String> SEED_KINDS =
      Stream.concat(Stream.of("article"), Collections.nCopies(8, "dispatch").stream()).toList();

  static Browser browser;

  @BeforeAll
  static void open() {
    browser = BrowserSystem.browser();
  }

  private void splitFile(String path) {
    browser.driver.get(BrowserSystem.ingestUrl() + "/");
    browser.driver.findElement(By.id("file")).sendKeys(path);
    submit();
  }

  private void splitText(String text) {
    browser.driver.get(BrowserSystem.ingestUrl() + "/");
    browser.script("document.getElementById('text').value = arguments[0];", text);
    submit();
  }

  private void submit() {
    WebElement button =
        browser.driver.findElement(By.cssSelector("#split-form button[type=submit]"));
    button.click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                !browser.driver.findElements(By.id("summary")).isEmpty()
                    || !browser.driver.findElements(By.id("problem")).isEmpty());
  }

  private List<WebElement> events() {
    return browser.driver.findElements(By.cssSelector("li.event"));
  }

  @Test
  void thePreviewOfTheSeedShowsOneArticleAndEightDispatchesWithTheirFields() throws Exception {
    splitFile(SystemPaths.root().resolve("seeds/000_46777cb8c7ebe838.txt").toString());
    assertThat(browser.driver.findElement(By.id("summary-heading")).getText())
        .isEqualTo("9 items: 1 article, 8 dispatches");
    List<WebElement> events = events();
    assertThat(events)
        .extracting(e -> e.getAttribute("data-kind"))
        .containsExactlyElementsOf(SEED_KINDS);
    for (WebElement e : events.subList(1, 9)) {
      assertThat(e.findElement(By.className("f-located")).getText()).isEqualTo("BISHKEK");
      assertThat(e.findElement(By.className("f-agency")).getText()).isEqualTo("Xinhua");
      assertThat(e.findElement(By.className("f-date")).getText()).startsWith("2023-10-2");
      assertThat(e.findElement(By.className("f-dateline")).getText()).startsWith("BISHKEK");
      assertThat(e.findElement(By.tagName("h3")).getText()).doesNotEndWith("(no headline)");
    }
    assertThat(browser.driver.findElements(By.cssSelector(".block.dropped"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector(".block[data-owner='8']"))).isNotEmpty();
    browser.screenshot("split", 2000);
  }

  @Test
  void scriptAndImageMarkupInPastedTextIsShownAsText() {
    splitText(
        "Harbour reopens\n\nVALLETTA, March 3 (Reuters) - Crews wrote <script>window.pwned=1</script>"
            + " and <img src=x onerror=window.pwned=2> on the quay wall, officials said.\n");
    String page = browser.driver.findElement(By.cssSelector(".page-view")).getText();
    assertThat(page)
        .contains("<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=2>");
    assertThat(browser.driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void badInputShowsTheProblemDetailsInWords() {
    splitText("only a few words, nothing like a dispatch");
    assertThat(browser.driver.findElement(By.id("problem")).getText())
        .contains("The page could not be split", "(HTTP 422)");
  }

  @Test
  void publishTakesTheUploadTokenKeptInTheSessionOnly() {
    String word = "qzpub" + UUID.randomUUID().toString().substring(0, 8);
    splitText(
        "Bridge opens "
            + word
            + "\n\nLISBON, May 2 (Reuters) - The "
            + word
            + " bridge opened to traffic on Friday, the city said.\n");
    WebElement token = browser.driver.findElement(By.id("token"));
    token.sendKeys("not-the-token");
    browser.driver.findElement(By.id("publish-button")).click();
    WebElement result = browser.driver.findElement(By.id("publish-result"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> result.getText().startsWith("Not published"));
    assertThat(result.getText()).contains("(HTTP 401)");

    token.clear();
    token.sendKeys(BrowserSystem.UPLOAD_TOKEN);
    browser.driver.findElement(By.id("publish-button")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> result.getText().startsWith("Published"));
    assertThat(browser.script("return sessionStorage.getItem('dispatchline.uploadToken')"))
        .isEqualTo(BrowserSystem.UPLOAD_TOKEN);
    assertThat(browser.script("return localStorage.length + document.cookie.length")).isEqualTo(0L);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                BrowserSystem.get(BrowserSystem.queryUrl() + "/dispatches?q=" + word)
                    .contains(word));
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationsOnTheFormOrTheSplit() throws Exception {
    browser.driver.get(BrowserSystem.ingestUrl() + "/");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    splitFile(SystemPaths.root().resolve("seeds/000_46777cb8c7ebe838.txt").toString());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.size(390, 844);
    try {
      assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .isEqualTo(true);
    } finally {
      browser.size(1280, 1000);
    }
  }
}
