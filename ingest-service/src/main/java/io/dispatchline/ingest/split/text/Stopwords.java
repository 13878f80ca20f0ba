package io.dispatchline.ingest.split.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Function words per language, from the Snowball stopword lists that Lucene's analysis module
 * ships. The share of them in a paragraph tells running text from page furniture in any of these
 * languages (the measure jusText uses): prose is about 40% function words, menus, tag lists,
 * bylines and headlines far fewer.
 */
public final class Stopwords {
  private static final String ANALYSIS = "org/apache/lucene/analysis/";
  private static final String SNOWBALL = ANALYSIS + "snowball/";

  /** Language tag → Snowball list. */
  private static final Map<String, String> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("en", "english_stop.txt");
    LISTS.put("fr", "french_stop.txt");
    LISTS.put("de", "german_stop.txt");
    LISTS.put("es", "spanish_stop.txt");
    LISTS.put("it", "italian_stop.txt");
    LISTS.put("pt", "portuguese_stop.txt");
    LISTS.put("ru", "russian_stop.txt");
    LISTS.put("nl", "dutch_stop.txt");
    LISTS.put("id", "indonesian_stop.txt");
    LISTS.put("sv", "swedish_stop.txt");
    LISTS.put("da", "danish_stop.txt");
    LISTS.put("nb", "norwegian_stop.txt");
    LISTS.put("fi", "finnish_stop.txt");
    LISTS.put("hu", "hungarian_stop.txt");
    // Lucene's per-language analyzers' lists, one word per line
    LISTS.put("ar", "../ar/stopwords.txt");
    LISTS.put("fa", "../fa/stopwords.txt");
    LISTS.put("bg", "../bg/stopwords.txt");
    LISTS.put("cs", "../cz/stopwords.txt");
    LISTS.put("el", "../el/stopwords.txt");
    LISTS.put("ro", "../ro/stopwords.txt");
    LISTS.put("tr", "../tr/stopwords.txt");
    LISTS.put("ca", "../ca/stopwords.txt");
    LISTS.put("hi", "../hi/stopwords.txt");
    LISTS.put("lv", "../lv/stopwords.txt");
    LISTS.put("lt", "../lt/stopwords.txt");
    LISTS.put("sr", "../sr/stopwords.txt");
  }

  /** Reading the lists takes a few milliseconds: once per class loader. */
  private static final Map<String, Stopwords> LOADED = load();

  /** The languages in a fixed order, for {@link #LISTS_OF}'s bits. */
  private static final List<String> ORDER = List.copyOf(LISTS.keySet());

  /** Word → the languages whose list has it, bit {@code i} for {@code ORDER.get(i)}. */
  private static final Map<String, Long> LISTS_OF = listsOf();

  private static Map<String, Long> listsOf() {
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < ORDER.size(); i++) {
      long bit = 1L << i;
      for (String w : LOADED.get(ORDER.get(i)).words) {
        out.merge(w, bit, (a, b) -> a | b);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * {@link #LISTS_OF} keyed for lookups straight from {@link Tokens}: the hot path (every
   * dispatch's language) then copies no word.
   */
  private static final NameTable<Long> LISTS_BY_TOKEN = listsByToken();

  private static NameTable<Long> listsByToken() {
    NameTable<Long> out = new NameTable<>();
    LISTS_OF.forEach(out::put);
    return out;
  }

  /** A page shorter than this many words tells too little to choose a language by. */
  private static final int SAMPLE_WORDS = 2000;

  /** Characters read for a paragraph's density, and for its last word. */
  private static final int WINDOW = 400;

  private static final int TAIL = 40;

  private final String language;
  private final Set<String> words;

  /** {@link #words} keyed for lookups straight from {@link Tokens}, without a copy per word. */
  private final NameTable<Boolean> byToken;

  private final double scale;

  private Stopwords(String language, Set<String> words) {
    this(language, words, tableOf(words), 1);
  }

  private Stopwords(String language, Set<String> words, NameTable<Boolean> byToken, double scale) {
    this.language = language;
    this.words = words;
    this.byToken = byToken;
    this.scale = scale;
  }

  private static NameTable<Boolean> tableOf(Set<String> words) {
    NameTable<Boolean> table = new NameTable<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        table.put(w, Boolean.TRUE);
      }
    }
    return table;
  }

  /**
   * Whether token i of {@code t} is on this list: a word that starts in upper case is looked up in
   * lower case, one that does not as it stands (the lists are lower case).
   */
  private boolean has(Tokens t, int i) {
    return t.isCapitalised(i)
        ? words.contains(t.token(i).toLowerCase(Locale.ROOT))
        : byToken.get(t, i) != null;
  }

  /** English prose is about 40% function words; a page whose paragraphs hold fewer is scaled. */
  private static final double TYPICAL_PROSE = 0.35;

  /** A paragraph this long is running text on any page: menus and labels are short. */
  private static final int CALIBRATION_WORDS = 12;

  /**
   * These function words, with thresholds scaled to the density of the page's own running text.
   * Languages without articles hold fewer function words (Russian prose about 25% on Snowball's
   * list, English about 40%), and a language with no list here (Chinese, Arabic) none at all: a
   * threshold set for English would call their story paragraphs page furniture. The scale is the
   * median density of the page's long paragraphs over {@value #TYPICAL_PROSE}, never above 1.
   */
  public Stopwords calibratedOn(List<String> texts) {
    List<Double> densities = new ArrayList<>();
    for (String t : texts) {
      if (Words.count(t) >= CALIBRATION_WORDS) {
        densities.add(density(t));
      }
    }
    if (densities.isEmpty()) {
      return this;
    }
    Collections.sort(densities);
    double median = densities.get(densities.size() / 2);
    return new Stopwords(language, words, byToken, Math.min(1, median / TYPICAL_PROSE));
  }

  /**
   * A density threshold set for English prose, scaled to this page's ({@link #calibratedOn}): the
   * same share of what this page's running text holds.
   */
  public double threshold(double english) {
    return english * scale;
  }

  /** The list of one language ("en", "fr", …), English when there is none for it. */
  public static Stopwords of(String language) {
    return LOADED.getOrDefault(language, LOADED.get("en"));
  }

  /**
   * The list of the language whose function words are most frequent in the texts: one pass over at
   * most the first {@value #SAMPLE_WORDS} words.
   */
  public static Stopwords mostFrequentIn(List<String> texts) {
    int[] hits = new int[ORDER.size()];
    int seen = 0;
    for (String text : texts) {
      for (String w : lowerWords(text)) {
        count(w, hits);
        if (++seen >= SAMPLE_WORDS) {
          return best(hits);
        }
      }
    }
    return best(hits);
  }

  /** One lookup per word: a hit for each language whose list has it (the word's bits). */
  private static void count(String lowerWord, int[] hits) {
    for (long bits = LISTS_OF.getOrDefault(lowerWord, 0L); bits != 0; bits &= bits - 1) {
      hits[Long.numberOfTrailingZeros(bits)]++;
    }
  }

  private static Stopwords best(int[] hits) {
    int best = ORDER.indexOf("en");
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > hits[best]) {
        best = i;
      }
    }
    return LOADED.get(ORDER.get(best));
  }

  public String language() {
    return language;
  }

  public boolean contains(String lowerCaseWord) {
    return words.contains(lowerCaseWord);
  }

  /**
   * The share of function words among the words of {@code text} (its first {@value #WINDOW}
   * characters: enough to tell prose, and the same cost for any length); 0 without words.
   */
  public double density(String text) {
    int all = 0;
    int stop = 0;
    Tokens t = Tokens.of(text, 0, Math.min(text.length(), WINDOW));
    for (int i = 0; i < t.size(); i++) {
      if (!t.isNumber(i)) {
        all++;
        stop += has(t, i) ? 1 : 0;
      }
    }
    return all == 0 ? 0 : (double) stop / all;
  }

  /**
   * Whether the first {@code chars} characters of the text {@code t} was made of read as running
   * text of this list's language: {@code minWords} words or more, at least {@code minDensity} of
   * them on this list, and no other language's list holding more of them. One pass over the tokens;
   * a word that starts in upper case is looked up in lower case, one that does not as it stands
   * (the lists are lower case).
   */
  public boolean isRunningTextOfThisLanguage(Tokens t, int chars, int minWords, double minDensity) {
    int index = ORDER.indexOf(language);
    int[] hits = new int[ORDER.size()];
    int all = 0;
    for (int i = 0; i < t.size() && t.start(i) < chars; i++) {
      if (t.isNumber(i)) {
        continue;
      }
      all++;
      long bits;
      if (t.end(i) > chars) { // the sample cuts this word: look up the part inside it
        bits =
            LISTS_OF.getOrDefault(
                t.text().substring(t.start(i), chars).toLowerCase(Locale.ROOT), 0L);
      } else if (t.isCapitalised(i)) {
        bits = LISTS_OF.getOrDefault(t.token(i).toLowerCase(Locale.ROOT), 0L);
      } else {
        Long b = LISTS_BY_TOKEN.get(t, i);
        bits = b == null ? 0L : b;
      }
      for (; bits != 0; bits &= bits - 1) {
        hits[Long.numberOfTrailingZeros(bits)]++;
      }
    }
    if (all < minWords || index < 0 || hits[index] < minDensity * all) {
      return false;
    }
    for (int h : hits) {
      if (h > hits[index]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last word of {@code text} is a function word ("… has been", "… of the"). */
  public boolean endsWithStopword(String text) {
    String last = null;
    for (String w : lowerWords(text, Math.max(0, text.length() - TAIL), text.length())) {
      last = w;
    }
    return last != null && words.contains(last);
  }

  /** The letter runs of a text, lower case ("Iran's" → "iran", "s"). */
  private static List<String> lowerWords(String text) {
    return lowerWords(text, 0, text.length());
  }

  private static List<String> lowerWords(String text, int from, int to) {
    Tokens t = Tokens.of(text, from, to);
    String[] out = new String[t.size()];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      if (!t.isNumber(i)) {
        out[n++] = t.token(i).toLowerCase(Locale.ROOT);
      }
    }
    return java.util.Arrays.asList(out).subList(0, n);
  }

  private static Map<String, Stopwords> load() {
    Map<String, Stopwords> out = new LinkedHashMap<>();
    ClassLoader loader = Stopwords.class.getClassLoader();
    for (Map.Entry<String, String> e : LISTS.entrySet()) {
      boolean plain = e.getValue().startsWith("../");
      String path = plain ? ANALYSIS + e.getValue().substring(3) : SNOWBALL + e.getValue();
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing Lucene stopword list " + path);
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CharArraySet set =
            plain
                ? WordlistLoader.getWordSet(reader, "#", new CharArraySet(64, true))
                : WordlistLoader.getSnowballWordSet(reader);
        Set<String> words = new HashSet<>();
        for (Object w : set) {
          words.add(new String((char[]) w));
        }
        out.put(e.getKey(), new Stopwords(e.getKey(), Set.copyOf(words)));
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read " + path, ex);
      }
    }
    return Map.copyOf(out);
  }
}
