package io.dispatchline.ingest.split;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * People, places and organisations named in a text, in one pass over its tokens.
 *
 * <p>Places and organisations come from the {@link Gazetteer} (longest name wins, so "Shanghai
 * Cooperation Organization" is one organisation). People are only the names that follow a known
 * title ("Prime Minister Mikhail Mishustin" → "Mikhail Mishustin"); a lone surname after a title
 * ("Premier Li") counts only when it resolves to exactly one full name in the same text, so no half
 * names and no guesses are reported.
 */
final class MentionFinder {
  private static final int MAX_NAME_WORDS = 4;
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "bin", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
          "le");

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(String text) {
    Tokens t = Tokens.of(text);
    List<Found> found = new ArrayList<>();
    List<String> fullNames = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int title = gazetteer.titleAt(t, i);
      if (title > 0) {
        int nameEnd = nameAfter(t, i + title);
        if (nameEnd > i + title) {
          String name = text.substring(t.start(i + title), t.end(nameEnd - 1));
          found.add(new Found(new Mention(name, MentionType.PERSON), true));
          if (name.indexOf(' ') > 0) {
            fullNames.add(name);
          }
          i = nameEnd;
          continue;
        }
      }
      Gazetteer.Match m = gazetteer.phraseAt(t, i);
      if (m != null) {
        if (m.mention() != Gazetteer.NOT_A_MENTION) {
          found.add(new Found(m.mention(), false));
        }
        i += m.tokens();
        continue;
      }
      i++;
    }
    Set<Mention> out = new LinkedHashSet<>();
    for (Found f : found) {
      if (!f.person() || f.mention().name().indexOf(' ') > 0) {
        out.add(f.mention());
      } else {
        String full = resolveSurname(f.mention().name(), fullNames);
        if (full != null) {
          out.add(new Mention(full, MentionType.PERSON));
        }
      }
    }
    return List.copyOf(out);
  }

  private record Found(Mention mention, boolean person) {}

  /**
   * The end (exclusive token index) of a capitalised name starting at token {@code from}: words
   * apart by single spaces, hyphenated parts kept together ("Oyun-Erdene"), particles allowed
   * inside ("Mohammed bin Salman"); {@code from} when there is no name.
   */
  private static int nameAfter(Tokens t, int from) {
    int end = from;
    int words = 0;
    int k = from;
    while (k < t.size()) {
      CharSequence gap = t.gapBefore(k);
      boolean hyphen = "-".contentEquals(gap) && words > 0 && k == end;
      if (!hyphen && !" ".contentEquals(gap)) {
        break;
      }
      String token = t.token(k);
      if (hyphen && isNameWord(token)) {
        end = ++k;
      } else if (!hyphen && words < MAX_NAME_WORDS && isNameWord(token)) {
        words++;
        end = ++k;
      } else if (!hyphen
          && words > 0
          && NAME_PARTICLES.contains(token)
          && k + 1 < t.size()
          && " ".contentEquals(t.gapBefore(k + 1))
          && isNameWord(t.token(k + 1))) {
        k++; // the particle joins the name only with the word after it
      } else {
        break;
      }
    }
    return end;
  }

  /** "Xi", "Mishustin": capitalised, not an acronym, not a month or weekday. */
  private static boolean isNameWord(String token) {
    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower && Months.month(token) == 0 && Months.weekday(token) == null;
  }

  /** The one full name whose first or last word is {@code surname}, or null. */
  private static String resolveSurname(String surname, List<String> fullNames) {
    String match = null;
    for (String full : fullNames) {
      int first = full.indexOf(' ');
      int last = full.lastIndexOf(' ');
      if (full.substring(0, first).equals(surname) || full.substring(last + 1).equals(surname)) {
        if (match != null && !match.equals(full)) {
          return null; // "President Japarov" with both Sadyr and Akylbek Japarov named
        }
        match = full;
      }
    }
    return match;
  }
}
