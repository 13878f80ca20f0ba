package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.Mention;
import io.dispatchline.ingest.split.MentionType;
import io.dispatchline.ingest.split.text.NameTable;
import io.dispatchline.ingest.split.text.Resources;
import io.dispatchline.ingest.split.text.Tokens;
import java.util.List;

/**
 * The names the mention finder knows, loaded from resource files in {@code split/}:
 *
 * <ul>
 *   <li>{@code countries.tsv}: country, then its other names and demonyms ("Kyrgyz" → Kyrgyzstan)
 *   <li>{@code places.tsv}, {@code regions.tsv}: cities, regions, states and provinces
 *   <li>{@code organisations.tsv}: organisation, then abbreviations and spellings
 *   <li>{@code titles.txt}: titles that precede a person's name ("Prime Minister")
 *   <li>{@code roles.txt}: lower-case roles next to a name ("his counterpart, Vladimir Putin")
 *   <li>{@code not-mentions.txt}: phrases that contain a known name but are no mention ("Shanghai
 *       Spirit", "Washington Post")
 *   <li>{@code name-stopwords.txt}, {@code not-name-words.txt}: words that cannot open a person's
 *       name ("Meanwhile"), and words that make a capitalised run no person ("League")
 * </ul>
 *
 * Names are keyed by their tokens (see {@link Tokens}) joined by single spaces, so "U.N." and
 * "Iran's" match however the text punctuates them. Everything known about a word as the first word
 * of a name is gathered in one {@link Word}, so most tokens cost one lookup in a {@link NameTable},
 * which allocates nothing.
 */
public final class Gazetteer {
  /** Marks a phrase that is known not to be a mention. */
  static final Mention NOT_A_MENTION = new Mention("", MentionType.PLACE);

  static final int STOPWORD = 1;
  static final int NOT_NAME_WORD = 1 << 1;
  static final int MONTH_OR_WEEKDAY = 1 << 2;

  /**
   * What a capitalised word starts: the longest phrase, title and sentence-opening role (in tokens)
   * that begin with it, what the word alone is, and flags.
   */
  static final class Word {
    static final Word NONE = new Word();

    int phraseMax;
    int titleMax;
    int sentenceRoleMax;
    int flags;

    /** The word alone as a phrase (possibly {@link #NOT_A_MENTION}), or null. */
    Mention phrase;

    boolean title;
    boolean sentenceRole;

    boolean has(int flag) {
      return (flags & flag) != 0;
    }
  }

  /** What a lower-case word starts: the longest role, and whether the word alone is one. */
  private record RoleWord(int max, int alone) {}

  private static final int MAX_SHAPE_LENGTH = 16;

  private final NameTable<Mention> phrases = new NameTable<>();
  private final NameTable<Boolean> titles = new NameTable<>();

  /** Roles; the value says whether the role may also stand before a name. */
  private final NameTable<Boolean> roles = new NameTable<>();

  /**
   * Roles that may stand before a name, capitalised as at a sentence start ("Economist Jo Roe").
   */
  private final NameTable<Boolean> sentenceRoles = new NameTable<>();

  private final NameTable<Word> words = new NameTable<>();
  private final NameTable<RoleWord> roleWords = new NameTable<>();

  /** Roles by (first letter, second letter, length) of their first word: a cheap first filter. */
  private final boolean[] roleShapes = new boolean[26 * 26 * MAX_SHAPE_LENGTH];

  private Gazetteer() {}

  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.addNames("countries.tsv", MentionType.PLACE);
    g.addNames("places.tsv", MentionType.PLACE);
    g.addNames("regions.tsv", MentionType.PLACE);
    g.addNames("organisations.tsv", MentionType.ORGANISATION);
    for (String line : Resources.lines("not-mentions.txt")) {
      g.addPhrase(line.strip(), NOT_A_MENTION);
    }
    for (String line : Resources.lines("titles.txt")) {
      String key = key(line.strip(), true);
      g.titles.putIfAbsent(key, Boolean.TRUE);
      Word w = g.word(firstToken(key));
      w.titleMax = Math.max(w.titleMax, tokenCount(key));
      w.title |= tokenCount(key) == 1;
    }
    for (String line : Resources.lines("roles.txt")) {
      String l = line.strip();
      boolean before = l.startsWith("<");
      g.addRole(key(before ? l.substring(1).strip() : l, false), before);
    }
    for (String line : Resources.lines("name-stopwords.txt")) {
      g.word(key(line.strip(), true)).flags |= STOPWORD;
    }
    for (String line : Resources.lines("not-name-words.txt")) {
      g.word(key(line.strip(), true)).flags |= NOT_NAME_WORD;
    }
    for (String w :
        List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday")) {
      g.word(w).flags |= MONTH_OR_WEEKDAY;
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
    String key = key(name, true);
    Mention previous = phrases.putIfAbsent(key, mention);
    if (previous != null && !previous.equals(mention)) {
      // A name with two meanings would make mentions depend on file order: fix the lists.
      throw new IllegalStateException(
          "gazetteer name '" + name + "' means both " + previous + " and " + mention);
    }
    Word w = word(firstToken(key));
    w.phraseMax = Math.max(w.phraseMax, tokenCount(key));
    if (tokenCount(key) == 1) {
      w.phrase = mention;
    }
  }

  private void addRole(String key, boolean before) {
    roles.putIfAbsent(key, before);
    String first = firstToken(key);
    int n = tokenCount(key);
    RoleWord old = roleWords.get(first);
    int max = Math.max(n, old == null ? 0 : old.max());
    int alone = n == 1 ? (before ? 1 : -1) : (old == null ? 0 : old.alone());
    roleWords.put(first, new RoleWord(max, alone));
    roleShapes[shape(first)] = true;
    if (before) {
      String capitalised = Character.toUpperCase(key.charAt(0)) + key.substring(1);
      sentenceRoles.putIfAbsent(capitalised, Boolean.TRUE);
      Word w = word(firstToken(capitalised));
      w.sentenceRoleMax = Math.max(w.sentenceRoleMax, n);
      w.sentenceRole |= n == 1;
    }
  }

  /** The entry of a first word, created on first use (while loading only). */
  private Word word(String first) {
    Word w = words.get(first);
    if (w == null) {
      w = new Word();
      words.put(first, w);
    }
    return w;
  }

  /** What the gazetteer knows of the word at token i as a first word; {@link Word#NONE} if none. */
  Word word(Tokens t, int i) {
    if (!t.isCapitalised(i)) {
      return Word.NONE; // every listed name starts in upper case (checked at load)
    }
    Word w = words.get(t, i);
    return w == null ? Word.NONE : w;
  }

  /**
   * The longest known phrase starting at token i: its length in tokens and its mention (possibly
   * {@link #NOT_A_MENTION}), or null.
   */
  Match phraseAt(Tokens t, int i) {
    return phraseAt(t, i, word(t, i));
  }

  /** {@link #phraseAt(Tokens, int)} with the token's {@link Word} already at hand. */
  Match phraseAt(Tokens t, int i, Word w) {
    for (int n = Math.min(w.phraseMax, t.size() - i); n >= 2; n--) {
      Mention m = phrases.get(t, i, n);
      if (m != null) {
        return new Match(n, m);
      }
    }
    return w.phrase == null ? null : new Match(1, w.phrase);
  }

  /** The length in tokens of the longest title starting at token i, or 0. */
  int titleAt(Tokens t, int i, Word w) {
    for (int n = Math.min(w.titleMax, t.size() - i); n >= 2; n--) {
      if (titles.get(t, i, n) != null) {
        return n;
      }
    }
    return w.title ? 1 : 0;
  }

  /** The length in tokens of a role opening a sentence ("Economist", "Spokesman"), or 0. */
  int sentenceRoleAt(Tokens t, int i, Word w) {
    for (int n = Math.min(w.sentenceRoleMax, t.size() - i); n >= 2; n--) {
      if (sentenceRoles.get(t, i, n) != null) {
        return n;
      }
    }
    return w.sentenceRole ? 1 : 0;
  }

  /**
   * The length in tokens of the longest role starting at token i, or 0; negative when the role may
   * only follow a name ("a diplomat").
   */
  int roleAt(Tokens t, int i) {
    if (!mayStartRole(t, i)) {
      return 0;
    }
    RoleWord rw = roleWords.get(t, i);
    if (rw == null) {
      return 0;
    }
    for (int n = Math.min(rw.max(), t.size() - i); n >= 2; n--) {
      Boolean before = roles.get(t, i, n);
      if (before != null) {
        return before ? n : -n;
      }
    }
    return rw.alone();
  }

  /** Roles are lower-case words: most tokens are ruled out by two letters and a length. */
  private boolean mayStartRole(Tokens t, int i) {
    int len = t.length(i);
    if (len < 2 || len >= MAX_SHAPE_LENGTH) {
      return len >= MAX_SHAPE_LENGTH;
    }
    String text = t.text();
    char a = text.charAt(t.start(i));
    char b = text.charAt(t.start(i) + 1);
    return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && roleShapes[shape(a, b, len)];
  }

  private static int shape(String word) {
    return word.length() >= MAX_SHAPE_LENGTH || word.length() < 2
        ? 0
        : shape(word.charAt(0), word.charAt(1), word.length());
  }

  private static int shape(char a, char b, int len) {
    return ((a - 'a') * 26 + (b - 'a')) * MAX_SHAPE_LENGTH + len;
  }

  record Match(int tokens, Mention mention) {}

  private static String key(String name, boolean capitalised) {
    if (name.isEmpty() || (capitalised && !Character.isUpperCase(name.charAt(0)))) {
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
