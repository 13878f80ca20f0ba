package io.dispatchline.ingest.split.fields;

import java.util.HashMap;
import java.util.Map;

/**
 * The full names found in a text, by their first and by their last word, so that a lone surname
 * after a title ("Premier Li", "Mr Erdogan") resolves to the one full name it stands for, or to
 * nobody when it could be two people.
 */
public final class SurnameResolver {
  /** A word that ends or starts two different names maps to {@link #AMBIGUOUS}. */
  private static final String AMBIGUOUS = "";

  private final Map<String, String> byWord = new HashMap<>();

  void add(String full) {
    int first = full.indexOf(' ');
    int last = full.lastIndexOf(' ');
    if (first < 0) {
      return;
    }
    index(full.substring(0, first), full);
    index(full.substring(last + 1), full);
  }

  private void index(String word, String full) {
    byWord.merge(word, full, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
  }

  /**
   * The one full name whose first or last word is {@code word}, or null: "President Japarov" with
   * both Sadyr and Akylbek Japarov named resolves to nobody.
   */
  String resolve(String word) {
    String full = byWord.get(word);
    return full == null || full.equals(AMBIGUOUS) ? null : full;
  }
}
