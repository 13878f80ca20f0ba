package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.Mention;
import io.dispatchline.ingest.split.MentionType;
import io.dispatchline.ingest.split.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * People, places and organisations named in a text, in one pass over its tokens.
 *
 * <p>Places and organisations come from the {@link Gazetteer} (longest name wins, so "Shanghai
 * Cooperation Organization" is one organisation). People are found where the text says they are
 * people:
 *
 * <ul>
 *   <li>after a title: "Prime Minister Mikhail Mishustin" → "Mikhail Mishustin";
 *   <li>after a lower-case role: "his Russian counterpart, Vladimir Putin", "Kremlin spokesman
 *       Dmitry Peskov";
 *   <li>before a role in apposition: "Mao Ning, a foreign ministry spokeswoman".
 * </ul>
 *
 * Names found by a role need two words or more; a lone surname after a title ("Premier Li") counts
 * only when it resolves to exactly one full name in the same text. So there are no half names and
 * no guesses; words such as "League" or "Ministry" make a run of capitals no person.
 */
public final class MentionFinder {
  private static final int MAX_NAME_WORDS = 4;

  /** Tokens between ", " after a name and its role: "Jo Roe, the Russian foreign minister". */
  private static final int MAX_APPOSITION_WORDS = 6;

  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "bin", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
          "ibn", "abu", "dos", "del");

  /** Lower-case words that may stand between a name's comma and its role. */
  private static final Set<String> APPOSITION_FILLERS =
      Set.of(
          "the",
          "a",
          "an",
          "former",
          "then",
          "acting",
          "current",
          "outgoing",
          "incoming",
          "new",
          "longtime",
          "veteran",
          "senior",
          "top",
          "its",
          "his",
          "her",
          "their",
          "s",
          "also",
          "country",
          "nation",
          "state",
          "foreign",
          "ministry",
          "party",
          "company",
          "group");

  private final Gazetteer gazetteer;

  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(String text) {
    return find(Tokens.of(text));
  }

  /**
   * Mentions in texts read one after the other (a headline, then its body), in order of first
   * appearance; a surname in one resolves against full names in all.
   */
  List<Mention> find(Tokens... parts) {
    List<Mention> found = new ArrayList<>();
    SurnameResolver fullNames = new SurnameResolver();
    for (Tokens t : parts) {
      Scan scan = new Scan(t, found, fullNames);
      int i = 0;
      while (i < t.size()) {
        int next = t.isCapitalised(i) ? scan.capitalised(i) : scan.lowerCase(i);
        i = Math.max(next, i + 1);
      }
    }
    Set<Mention> out = new LinkedHashSet<>();
    for (Mention m : found) {
      if (m.type() != MentionType.PERSON || m.name().indexOf(' ') > 0) {
        out.add(m);
      } else {
        String full = fullNames.resolve(m.name());
        if (full != null) {
          out.add(new Mention(full, MentionType.PERSON));
        }
      }
    }
    return List.copyOf(out);
  }

  /** One pass over one text: its tokens, what the gazetteer knows of each, what was found. */
  private final class Scan {
    private final Tokens t;
    private final Gazetteer.Word[] words;
    private final List<Mention> found;
    private final SurnameResolver fullNames;

    Scan(Tokens t, List<Mention> found, SurnameResolver fullNames) {
      this.t = t;
      this.words = new Gazetteer.Word[t.size()];
      this.found = found;
      this.fullNames = fullNames;
    }

    /** {@link Gazetteer#word} of token i, looked up once. */
    Gazetteer.Word word(int i) {
      Gazetteer.Word w = words[i];
      if (w == null) {
        w = gazetteer.word(t, i);
        words[i] = w;
      }
      return w;
    }

    boolean isStopword(int i) {
      return word(i).has(Gazetteer.STOPWORD);
    }

    /** At a capitalised token: a title and name, a known name, or a name in apposition. */
    int capitalised(int i) {
      Gazetteer.Word word = word(i);
      Gazetteer.Match m = gazetteer.phraseAt(t, i, word);
      int title = titleEnd(i);
      if (title > i) {
        int end = nameEnd(title);
        if (end > title && acceptable(title, end)) {
          person(title, end);
          return end;
        }
      }
      if (startsSentence(i)) {
        int role = gazetteer.sentenceRoleAt(t, i, word);
        if (role > 0) {
          return nameAfterRole(i + role);
        }
      }
      if (m != null) {
        if (m.mention() != Gazetteer.NOT_A_MENTION
            && !(m.mention().type() == MentionType.PLACE && followsGivenName(i))) {
          found.add(m.mention());
        }
        return i + m.tokens();
      }
      if (startsName(i)) {
        int end = nameEnd(i);
        if (words(i, end) >= 2 && acceptable(i, end) && roleFollows(end)) {
          person(i, end);
          return end;
        }
      }
      return i + 1;
    }

    /** At a lower-case token: a role that may stand before a full name ("spokesman Jo Roe"). */
    int lowerCase(int i) {
      int role = gazetteer.roleAt(t, i);
      return role <= 0 ? i + 1 : nameAfterRole(i + role);
    }

    /** A full name at token j, right after a role; returns where to go on. */
    private int nameAfterRole(int j) {
      if (j >= t.size()
          || !(t.gapIs(j, " ") || t.gapIs(j, ", "))
          || !isNameWord(j)
          || isStopword(j)) {
        return j;
      }
      if (titleEnd(j) > j || gazetteer.phraseAt(t, j, word(j)) != null) {
        return j; // a title or a known name: handled at j
      }
      int end = nameEnd(j);
      if (words(j, end) >= 2 && acceptable(j, end)) {
        person(j, end);
        return end;
      }
      return j;
    }

    private void person(int from, int to) {
      String name = t.text().substring(t.start(from), t.end(to - 1));
      found.add(new Mention(name, MentionType.PERSON));
      fullNames.add(name);
    }

    /** The first word of the text or of a sentence or quote in it. */
    private boolean startsSentence(int i) {
      if (i == 0) {
        return true;
      }
      String text = t.text();
      for (int k = t.gapStart(i); k < t.start(i); k++) {
        char c = text.charAt(k);
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201c') {
          return true;
        }
      }
      return false;
    }

    /**
     * The end of the titles starting at token i ("Secretary General", "Crown Prince"), or i. An
     * abbreviated title may end with a dot ("Gen. Jo Roe").
     */
    private int titleEnd(int i) {
      int end = i;
      for (int n = gazetteer.titleAt(t, end, word(end)); n > 0; ) {
        end += n;
        if (end >= t.size()) {
          return i;
        }
        boolean dotted = t.length(end - 1) <= 4 && t.gapIs(end, ". ");
        if (!t.gapIs(end, " ") && !dotted) {
          return i; // "President," or "Minister." names nobody
        }
        n = gazetteer.titleAt(t, end, word(end));
      }
      return end;
    }

    /** A name word that is not the continuation of a capitalised run or a sentence opener. */
    private boolean startsName(int i) {
      if (!isNameWord(i) || isStopword(i)) {
        return false;
      }
      return i == 0 || !t.gapIs(i, " ") || !Character.isUpperCase(t.firstChar(i - 1));
    }

    /**
     * The end (exclusive token index) of a capitalised name starting at token {@code from}: words
     * apart by single spaces, hyphenated parts kept together ("Oyun-Erdene"), particles allowed
     * inside ("Mohammed bin Salman", "Bashar al-Assad"), initials with their dot ("George W.
     * Bush"); {@code from} when there is no name.
     */
    private int nameEnd(int from) {
      if (from >= t.size() || !isNameWord(from)) {
        return from;
      }
      int end = from + 1;
      int words = 1;
      int k = from + 1;
      while (k < t.size()) {
        if (t.gapIs(k, "-") && k == end && isNameWord(k)) {
          end = ++k;
        } else if (!t.gapIs(k, " ")) {
          break;
        } else if (words < MAX_NAME_WORDS && isNameWord(k)) {
          words++;
          end = ++k;
        } else if (words < MAX_NAME_WORDS && isInitial(k) && isNameWord(k + 1)) {
          words++; // the initial joins the name only with the word after it: "W. Bush"
          k += 2;
          end = k;
        } else if (isParticle(k)
            && k + 1 < t.size()
            && (t.gapIs(k + 1, " ") || t.gapIs(k + 1, "-"))
            && isNameWord(k + 1)) {
          k++; // the particle joins the name only with the word after it
          if (t.gapIs(k, "-")) {
            end = ++k; // "al-Assad"
            words++;
          }
        } else {
          break;
        }
      }
      return end;
    }

    private boolean isParticle(int k) {
      return t.length(k) <= 4
          && !Character.isUpperCase(t.firstChar(k))
          && NAME_PARTICLES.contains(t.token(k));
    }

    /** "W" of "George W. Bush": one capital and a dot. */
    private boolean isInitial(int k) {
      return t.length(k) == 1
          && Character.isUpperCase(t.firstChar(k))
          && k + 1 < t.size()
          && t.gapIs(k + 1, ". ");
    }

    /** "Xi", "Mishustin": capitalised, not an acronym, not a month or weekday. */
    private boolean isNameWord(int i) {
      if (t.length(i) < 2 || !t.isCapitalised(i)) {
        return false;
      }
      boolean lower = false;
      String text = t.text();
      for (int k = t.start(i) + 1; k < t.end(i); k++) {
        char c = text.charAt(k);
        if (Character.isDigit(c)) {
          return false;
        }
        lower |= Character.isLowerCase(c);
      }
      return lower && !word(i).has(Gazetteer.MONTH_OR_WEEKDAY);
    }

    /** No word of the name makes it an organisation or a place ("Premier League"). */
    private boolean acceptable(int from, int to) {
      if (isStopword(from)) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if (word(k).has(Gazetteer.NOT_NAME_WORD)) {
          return false;
        }
      }
      return true;
    }

    private int words(int from, int to) {
      int words = 0;
      for (int k = from; k < to; k++) {
        if (isNameWord(k)) {
          words++;
        }
      }
      return words;
    }

    /** ", the Russian president": a role within a few words after the comma ending a name. */
    private boolean roleFollows(int end) {
      if (end >= t.size() || !t.gapIs(end, ", ")) {
        return false;
      }
      for (int k = end; k < t.size() && k < end + MAX_APPOSITION_WORDS; k++) {
        if (k > end && !isWordGap(t, k)) {
          return false;
        }
        if (gazetteer.roleAt(t, k) != 0) {
          return true;
        }
        if (!Character.isUpperCase(t.firstChar(k)) && !APPOSITION_FILLERS.contains(t.token(k))) {
          return false;
        }
      }
      return false;
    }

    /**
     * The place is the surname of a person ("Michael Jordan"): a name word stands right before it
     * and does not itself follow a capitalised word, as words of a Title-Case headline do ("Xi
     * Visits Moscow").
     */
    private boolean followsGivenName(int i) {
      if (i == 0 || !t.gapIs(i, " ")) {
        return false;
      }
      int g = i - 1;
      Gazetteer.Word word = word(g);
      if (!isNameWord(g)
          || word.has(Gazetteer.STOPWORD)
          || gazetteer.titleAt(t, g, word) > 0
          || gazetteer.phraseAt(t, g, word) != null) {
        return false;
      }
      return g == 0 || !t.gapIs(g, " ") || !Character.isUpperCase(t.firstChar(g - 1));
    }
  }

  /** Spaces, an apostrophe or a hyphen before token k: the tokens are words of one phrase. */
  private static boolean isWordGap(Tokens t, int k) {
    String text = t.text();
    for (int i = t.gapStart(k); i < t.start(k); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
