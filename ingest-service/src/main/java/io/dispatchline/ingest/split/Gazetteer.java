package io.dispatchline.ingest.split;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the mention finder knows, loaded from resource files in {@code split/}:
 *
 * <ul>
 *   <li>{@code countries.tsv}: country, then its other names and demonyms ("Kyrgyz" → Kyrgyzstan)
 *   <li>{@code places.tsv}: capitals and other cities, regions
 *   <li>{@code organisations.tsv}: organisation, then abbreviations and spellings
 *   <li>{@code titles.txt}: titles that precede a person's name ("Prime Minister")
 *   <li>{@code not-mentions.txt}: phrases that contain a known name but are no mention ("Shanghai
 *       Spirit")
 * </ul>
 *
 * Names are keyed by their tokens (see {@link Tokens}) joined by single spaces, so "U.N." and
 * "Iran's" match however the text punctuates them, and a lookup is a few hash probes.
 */
final class Gazetteer {
  /** Marks a phrase that is known not to be a mention. */
  static final Mention NOT_A_MENTION = new Mention("", MentionType.PLACE);

  private final Map<String, Mention> phrases = new HashMap<>();

  /** For each first token of a phrase: the longest phrase (in tokens) that starts with it. */
  private final Map<String, Integer> longestPhrase = new HashMap<>();

  private final Map<String, Integer> longestTitle = new HashMap<>();
  private final Map<String, Boolean> titles = new HashMap<>();

  private Gazetteer() {}

  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.addNames("countries.tsv", MentionType.PLACE);
    g.addNames("places.tsv", MentionType.PLACE);
    g.addNames("organisations.tsv", MentionType.ORGANISATION);
    for (String line : Resources.lines("not-mentions.txt")) {
      g.addPhrase(line.strip(), NOT_A_MENTION);
    }
    for (String line : Resources.lines("titles.txt")) {
      String key = key(line.strip());
      g.titles.put(key, Boolean.TRUE);
      g.longestTitle.merge(firstToken(key), tokenCount(key), Math::max);
    }
    return g;
  }

  private void addNames(String resource, MentionType type) {
    for (String line : Resources.lines(resource)) {
      List<String> names = Resources.namesOf(line);
      Mention mention = new Mention(names.get(0), type);
      for (String name : names) {
        addPhrase(name, mention);
      }
    }
  }

  private void addPhrase(String name, Mention mention) {
    String key = key(name);
    Mention previous = phrases.putIfAbsent(key, mention);
    if (previous != null && !previous.equals(mention)) {
      // A name with two meanings would make mentions depend on file order: fix the lists.
      throw new IllegalStateException(
          "gazetteer name '" + name + "' means both " + previous + " and " + mention);
    }
    longestPhrase.merge(firstToken(key), tokenCount(key), Math::max);
  }

  /**
   * The longest known phrase starting at token i: its length in tokens and its mention (possibly
   * {@link #NOT_A_MENTION}), or null.
   */
  Match phraseAt(Tokens t, int i) {
    return longestAt(t, i, longestPhrase, phrases);
  }

  /** The length in tokens of the longest title starting at token i, or 0. */
  int titleAt(Tokens t, int i) {
    Match m = longestAt(t, i, longestTitle, titles);
    return m == null ? 0 : m.tokens();
  }

  record Match(int tokens, Mention mention) {}

  private static <V> Match longestAt(
      Tokens t, int i, Map<String, Integer> longest, Map<String, V> names) {
    if (!Character.isUpperCase(t.firstChar(i))) {
      return null; // every known name starts in upper case (checked at load): skip the lookup
    }
    Integer max = longest.get(t.token(i));
    if (max == null) {
      return null;
    }
    for (int n = Math.min(max, t.size() - i); n >= 1; n--) {
      StringBuilder key = new StringBuilder(t.token(i));
      for (int k = i + 1; k < i + n; k++) {
        key.append(' ').append(t.token(k));
      }
      V value = names.get(key.toString());
      if (value != null) {
        return new Match(n, value instanceof Mention m ? m : null);
      }
    }
    return null;
  }

  private static String key(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      throw new IllegalStateException("gazetteer name must start in upper case: '" + name + "'");
    }
    Tokens t = Tokens.of(name);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) {
        key.append(' ');
      }
      key.append(t.token(i));
    }
    return key.toString();
  }

  private static String firstToken(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  private static int tokenCount(String key) {
    int n = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
