package io.dispatchline.system.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium through its own chromedriver (nothing downloaded: Selenium Manager is
 * not asked), with the flags this closed, root-run machine needs and a fresh profile each time.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
  static final String DRIVER =
      System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  Browser() {
    try {
      profile = Files.createTempDirectory("dispatchline-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Saves a screenshot of the page from the top, up to {@code maxHeight} pixels high, under
   * target/screenshots (the ones in docs/ are copied from there).
   */
  void screenshot(String name, int maxHeight) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = (Long) script("return document.documentElement.scrollHeight");
    size(before.getWidth(), (int) Math.min(height + 140, maxHeight));
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } finally {
      size(before.getWidth(), before.getHeight());
    }
  }

  /**
   * Runs axe-core in the page (injected by WebDriver, which the page's CSP does not govern) and
   * returns its serious and critical violations as "rule: help (n nodes)".
   */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() {
    script(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                    + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
                    + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
                    + " nodes: []}]));");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      Object impact = v.get("impact");
      if ("serious".equals(impact) || "critical".equals(impact)) {
        out.add(v.get("id") + " (" + impact + "): " + v.get("help") + " at " + v.get("nodes"));
      }
    }
    return out;
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
