package io.dispatchline.ingest.split;

import io.dispatchline.ingest.split.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The test documents in {@code src/test/resources/split/}. */
public final class TestDocs {
  static final String SEED = "seed-000_46777cb8c7ebe838.txt";

  private TestDocs() {}

  static String read(String name) {
    try (InputStream in = TestDocs.class.getClassLoader().getResourceAsStream("split/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document split/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seed() {
    return read(SEED);
  }

  /** The non-blank lines of a text, trimmed: the seed's paragraphs. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n")).map(Texts::fold).filter(s -> !s.isEmpty()).toList();
  }

  /** The one dispatch {@code text} splits into; fails when it is not exactly one. */
  public static Dispatch onlyDispatch(String text) {
    List<Dispatch> items = new Splitter().splitText(text, null).dispatches();
    if (items.size() != 1) {
      throw new AssertionError("expected one dispatch, got " + items.size() + ": " + items);
    }
    return items.get(0);
  }

  static List<String> bodyParagraphs(Dispatch d) {
    return List.of(d.body().split("\n\n"));
  }
}
