package io.dispatchline.ingest.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.split.SplitResult;
import io.dispatchline.ingest.split.Splitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the splitter on a folder of labelled pages: every {@code .txt} or {@code .html} file
 * with a {@code .json} label of the same name (searched in sub-folders too) is split and scored,
 * and the figures are printed per page, per page kind, per format and overall.
 *
 * <pre>
 * ingest-service/split-eval [--details | --items] [--reference YYYY-MM-DD] folder...
 * </pre>
 *
 * {@code --items} prints each page's items instead of scores; {@code --details} prints each
 * disagreement under its page; {@code --reference} is the ingest date used for pages whose label
 * gives none (default: today, as at ingest).
 */
public final class SplitEvaluator {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Splitter splitter = new Splitter();
  private final LocalDate reference;

  public SplitEvaluator(LocalDate reference) {
    this.reference = reference;
  }

  public static void main(String[] args) {
    boolean details = false;
    boolean items = false;
    LocalDate reference = LocalDate.now();
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--details" -> details = true;
        case "--items" -> items = true;
        case "--reference" -> reference = LocalDate.parse(args[++i]);
        default -> folders.add(Path.of(args[i]));
      }
    }
    if (folders.isEmpty()) {
      System.err.println("usage: split-eval [--details] [--reference YYYY-MM-DD] folder...");
      System.exit(2);
    }
    if (items) {
      new SplitEvaluator(reference).printItems(folders);
      return;
    }
    Scoreboard board = new SplitEvaluator(reference).evaluate(folders);
    if (board.pages().isEmpty()) {
      System.err.println(
          "no labelled pages (<name>.txt or <name>.html with <name>.json) in " + folders);
      System.exit(2);
    }
    board.print(System.out, details);
  }

  /** Prints what the splitter makes of each page, item by item (no scoring). */
  void printItems(List<Path> folders) {
    for (Path folder : folders) {
      for (Path page : pages(folder)) {
        String text = read(page);
        boolean html = page.toString().toLowerCase(Locale.ROOT).endsWith(".html");
        SplitResult r =
            html ? splitter.splitHtml(text, reference) : splitter.splitText(text, reference);
        System.out.println("== " + folder.relativize(page));
        for (var d : r.dispatches()) {
          String body = d.body();
          System.out.printf(
              "  %-8s %s | %s | %s … %s%n",
              d.kind().wireName(),
              d.headline(),
              d.datelineText(),
              body.substring(0, Math.min(60, body.length())),
              body.substring(Math.max(0, body.length() - 60)));
        }
      }
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
  }

  /** Splits and scores every labelled page under the folders, in name order. */
  Scoreboard evaluate(List<Path> folders) {
    Scoreboard board = new Scoreboard();
    for (Path folder : folders) {
      for (Path page : pages(folder)) {
        board.add(score(folder, page));
      }
    }
    return board;
  }

  PageScore score(Path folder, Path page) {
    String file = page.getFileName().toString();
    String name = file.substring(0, file.lastIndexOf('.'));
    boolean html = file.toLowerCase(Locale.ROOT).endsWith(".html");
    try {
      PageLabel label =
          JSON.readValue(page.resolveSibling(name + ".json").toFile(), PageLabel.class);
      String text = Files.readString(page, StandardCharsets.UTF_8);
      LocalDate ref =
          label.referenceDate() == null ? reference : LocalDate.parse(label.referenceDate());
      SplitResult result = html ? splitter.splitHtml(text, ref) : splitter.splitText(text, ref);
      String shownName = folder.relativize(page).toString();
      return PageScorer.score(shownName, html ? "html" : "txt", label, result.dispatches());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page + " or its label", e);
    }
  }

  private static List<Path> pages(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(SplitEvaluator::isPage)
          .filter(p -> Files.exists(label(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static boolean isPage(Path p) {
    String f = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return f.endsWith(".txt") || f.endsWith(".html");
  }

  private static Path label(Path page) {
    String f = page.getFileName().toString();
    return page.resolveSibling(f.substring(0, f.lastIndexOf('.')) + ".json");
  }
}
