package io.dispatchline.ingest.evaluation;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.Kind;
import io.dispatchline.ingest.split.text.CharClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one split against its label. A labelled dispatch is <em>found</em> when a produced
 * dispatch's body starts with its first words, and <em>right</em> when headline, place, agency,
 * date (month and day) and the body's last words all match too. Produced items are matched at most
 * once, in page order. A labelled teaser is matched the same way and counts against the split only
 * when it comes out as a dispatch; the lead article is not scored.
 */
final class PageScorer {
  private static final int SHOWN = 90;

  private PageScorer() {}

  static PageScore score(String page, String format, PageLabel label, List<Dispatch> items) {
    boolean[] used = new boolean[items.size()];
    boolean[] claimed = new boolean[items.size()];
    int produced = 0;
    for (Dispatch d : items) {
      if (d.kind() == Kind.DISPATCH) {
        produced++;
      }
    }
    int labelled = 0;
    int found = 0;
    int headline = 0;
    int place = 0;
    int agency = 0;
    int date = 0;
    int dateline = 0;
    int bodyEnd = 0;
    int languageLabelled = 0;
    int language = 0;
    int right = 0;
    int teasers = 0;
    int teasersAsDispatches = 0;
    List<String> problems = new ArrayList<>();
    for (PageLabel.Item want : label.dispatches()) {
      int at = match(want, items, used);
      Dispatch got = at < 0 ? null : items.get(at);
      if (at >= 0) {
        claimed[at] = !want.teaser();
      }
      if (want.teaser()) {
        teasers++;
        if (got != null && got.kind() == Kind.DISPATCH) {
          teasersAsDispatches++;
          problems.add("teaser returned as a dispatch: " + shown(want.firstWords()));
        }
        continue;
      }
      labelled++;
      if (got == null || got.kind() != Kind.DISPATCH) {
        problems.add(
            (got == null ? "not found: " : "found as " + got.kind().wireName() + ": ")
                + shown(want.dateline())
                + " "
                + shown(want.firstWords()));
        continue;
      }
      found++;
      String where = "[" + shown(want.firstWords()) + "] ";
      boolean h = LabelText.same(want.headline(), got.headline());
      boolean p = LabelText.same(want.place(), got.located());
      boolean a = LabelText.same(want.agency(), got.agency());
      boolean d = LabelText.same(want.date(), monthDay(got.date()));
      boolean dl = LabelText.same(want.dateline(), got.datelineText());
      boolean e =
          endsWith(got.body(), want.lastWords()) || endsWith(got.body(), want.altLastWords());
      headline += h ? 1 : 0;
      place += p ? 1 : 0;
      agency += a ? 1 : 0;
      date += d ? 1 : 0;
      dateline += dl ? 1 : 0;
      bodyEnd += e ? 1 : 0;
      boolean l = want.language() == null || want.language().equals(got.language());
      languageLabelled += want.language() == null ? 0 : 1;
      language += want.language() != null && l ? 1 : 0;
      right += h && p && a && d && e && l ? 1 : 0;
      if (!l) {
        problems.add(where + "language: want " + want.language() + ", got " + got.language());
      }
      if (!h) {
        problems.add(
            where
                + "headline: want "
                + quoted(want.headline())
                + ", got "
                + quoted(got.headline()));
      }
      if (!p || !a) {
        problems.add(
            where
                + "place/agency: want "
                + want.place()
                + " / "
                + want.agency()
                + ", got "
                + got.located()
                + " / "
                + got.agency());
      }
      if (!d) {
        problems.add(where + "date: want " + want.date() + ", got " + got.date());
      }
      if (!e) {
        problems.add(
            where
                + "body end: want …"
                + quoted(want.lastWords())
                + ", got …"
                + quoted(tail(got.body())));
      }
    }
    // Produced dispatches that no labelled dispatch claimed are extra boundaries.
    for (int i = 0; i < items.size(); i++) {
      Dispatch d = items.get(i);
      if (d.kind() == Kind.DISPATCH && !claimed[i]) {
        problems.add(
            "extra dispatch: "
                + quoted(d.headline())
                + " "
                + shown(d.datelineText())
                + " "
                + shown(d.body()));
      }
    }
    return new PageScore(
        page,
        label.kind(),
        format,
        labelled,
        produced,
        found,
        headline,
        place,
        agency,
        date,
        dateline,
        bodyEnd,
        languageLabelled,
        language,
        right,
        teasers,
        teasersAsDispatches,
        problems);
  }

  /** The first unused produced dispatch or teaser whose body starts with the labelled words. */
  private static int match(PageLabel.Item want, List<Dispatch> items, boolean[] used) {
    String first = String.join(" ", LabelText.words(want.firstWords()));
    if (first.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < items.size(); i++) {
      Dispatch d = items.get(i);
      if (!used[i] && d.kind() != Kind.ARTICLE && startsWith(d.body(), first)) {
        used[i] = true;
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the body starts with the words, whole words unless they end in Chinese or Japanese
   * (labelled by characters: those languages put no spaces between words).
   */
  private static boolean startsWith(String body, String words) {
    String have = String.join(" ", LabelText.words(body));
    return have.startsWith(words)
        && (have.length() == words.length()
            || hasCjk(words)
            || wordBoundary(words.charAt(words.length() - 1), have.charAt(words.length())));
  }

  /** A label of Chinese or Japanese text counts characters, not words: any cut is fine. */
  private static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (CharClass.isCjk(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Two characters side by side that are not inside one word: labels may end at either. */
  private static boolean wordBoundary(char a, char b) {
    return !Character.isLetterOrDigit(a)
        || !Character.isLetterOrDigit(b)
        || CharClass.isCjk(a)
        || CharClass.isCjk(b);
  }

  private static boolean endsWith(String body, String lastWords) {
    String want = String.join(" ", LabelText.words(lastWords));
    if (want.isEmpty()) {
      return false;
    }
    String have = String.join(" ", LabelText.words(body));
    int at = have.length() - want.length();
    return have.endsWith(want)
        && (at == 0 || hasCjk(want) || wordBoundary(have.charAt(at - 1), want.charAt(0)));
  }

  private static String monthDay(LocalDate date) {
    return date == null
        ? null
        : String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
  }

  private static String tail(String body) {
    List<String> w = LabelText.words(body);
    return String.join(" ", w.subList(Math.max(0, w.size() - 12), w.size()));
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + shown(s) + "\"";
  }

  private static String shown(String s) {
    if (s == null) {
      return "-";
    }
    String n = LabelText.normal(s);
    return n.length() <= SHOWN ? n : n.substring(0, SHOWN) + "…";
  }
}
