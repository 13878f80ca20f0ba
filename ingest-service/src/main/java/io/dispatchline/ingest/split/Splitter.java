package io.dispatchline.ingest.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a news page into its lead article and its dispatches.
 *
 * <p>Both entry points reduce the input to the same paragraph model ({@link Block}s) and run the
 * same algorithm over it, in time linear in the input:
 *
 * <ol>
 *   <li>classify each paragraph once: page chrome ({@link Chrome}) or content, and whether it
 *       starts with a dateline ({@link DatelineParser});
 *   <li>each dateline paragraph starts a dispatch; its headline is the nearest headline-like
 *       paragraph above it ({@link HeadlineFinder}). A bare "BISHKEK -" dateline counts only under
 *       a headline, so an ALL-CAPS run-in subhead inside a body does not split it;
 *   <li>a dispatch's body runs from its dateline to the next dispatch's headline (or dateline),
 *       leaving out chrome and stopping at a comment form or "Related" list;
 *   <li>content before the first dispatch is the lead article, its first line the headline.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Splitter {
  /** A line this short that only names an agency ("Associated Press") is a credit line. */
  private static final int MAX_CREDIT_LINE = 40;

  private final Agencies agencies;
  private final DatelineParser datelines;
  private final MentionFinder mentions;

  public Splitter() {
    this.agencies = Defaults.AGENCIES;
    this.datelines = Defaults.DATELINES;
    this.mentions = Defaults.MENTIONS;
  }

  /**
   * Splits plain text: one paragraph per line, blank lines ignored.
   *
   * @param referenceDate the last resort for the year of a dateline's date; may be null
   */
  public SplitResult splitText(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    return split(TextBlocks.of(text), referenceDate);
  }

  /**
   * Splits HTML: reduced to paragraphs by jsoup, without navigation, header, footer, asides,
   * scripts, forms and comment/share/related widgets.
   *
   * @param referenceDate the last resort for the year of a dateline's date; may be null
   */
  public SplitResult splitHtml(String html, LocalDate referenceDate) {
    Objects.requireNonNull(html, "html");
    return split(HtmlBlocks.of(html), referenceDate);
  }

  private SplitResult split(List<Block> blocks, LocalDate referenceDate) {
    int n = blocks.size();
    Chrome.Role[] roles = new Chrome.Role[n];
    Dateline[] found = new Dateline[n];
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      roles[i] = Chrome.classify(text);
      // A caption may itself start with a dateline ("BISHKEK, Oct. 26, 2023 (Xinhua) -- Premier
      // Li … (Xinhua/Name)"); everything else that starts with one is story text.
      if (roles[i] != Chrome.Role.CAPTION && roles[i] != Chrome.Role.SEPARATOR) {
        found[i] = datelines.parse(text);
        if (found[i] != null) {
          roles[i] = Chrome.Role.CONTENT;
        }
      }
      if (found[i] == null && isCreditLine(text)) {
        roles[i] = Chrome.Role.BYLINE;
      }
    }

    List<Integer> datelineAt = new ArrayList<>();
    List<Integer> headlineAt = new ArrayList<>();
    int floor = -1;
    boolean contentBefore = false;
    for (int i = 0; i < n; i++) {
      if (found[i] != null) {
        int headline = HeadlineFinder.find(blocks, roles, i, floor);
        if (!found[i].weak() || headline >= 0 || !contentBefore) {
          datelineAt.add(i);
          headlineAt.add(headline);
          floor = i;
        } else {
          found[i] = null;
        }
      }
      contentBefore |= roles[i] == Chrome.Role.CONTENT;
    }

    YearResolver years = YearResolver.scan(blocks);
    List<Dispatch> out = new ArrayList<>();
    int firstStart = datelineAt.isEmpty() ? n : startOf(datelineAt, headlineAt, 0);
    addLeadArticle(blocks, roles, firstStart, out);
    for (int k = 0; k < datelineAt.size(); k++) {
      int d = datelineAt.get(k);
      int end = k + 1 < datelineAt.size() ? startOf(datelineAt, headlineAt, k + 1) : n;
      int h = headlineAt.get(k);
      out.add(
          dispatch(
              found[d],
              h < 0 ? null : blocks.get(h).text(),
              blocks.get(d).text(),
              content(blocks, roles, d + 1, end),
              years,
              referenceDate,
              out.size()));
    }
    return new SplitResult(Ids.documentId(joined(blocks)), out);
  }

  /** "Associated Press" on a line of its own, under a byline: not a headline, not story text. */
  private boolean isCreditLine(String text) {
    return text.length() <= MAX_CREDIT_LINE && agencies.known(text) != null;
  }

  private static int startOf(List<Integer> datelineAt, List<Integer> headlineAt, int k) {
    int h = headlineAt.get(k);
    return h >= 0 ? h : datelineAt.get(k);
  }

  /**
   * The content before the first dispatch is the lead article, titled by its first line when that
   * reads like a headline. A title with no text under it is the page's own title, not an article.
   *
   * <p>Editorial notes such as "The following reports were originally published by the Xinhua News
   * Agency." are left out: they describe the page, not the story, and would end the article's body
   * with a sentence that is not part of it.
   */
  private void addLeadArticle(
      List<Block> blocks, Chrome.Role[] roles, int end, List<Dispatch> out) {
    List<Integer> lead = contentIndexes(roles, 0, end);
    if (lead.isEmpty()) {
      return;
    }
    String headline = null;
    int first = 0;
    if (HeadlineFinder.isHeadline(blocks.get(lead.get(0)))) {
      if (lead.size() == 1) {
        return;
      }
      headline = blocks.get(lead.get(0)).text();
      first = 1;
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = first; i < lead.size(); i++) {
      paragraphs.add(blocks.get(lead.get(i)).text());
    }
    String body = String.join("\n\n", paragraphs);
    out.add(
        new Dispatch(
            DispatchId.of(Kind.ARTICLE, null, body),
            out.size(),
            Kind.ARTICLE,
            headline,
            null,
            null,
            null,
            null,
            null,
            body,
            Words.count(body),
            Language.detect(body),
            mentions.find(withHeadline(headline, body))));
  }

  private Dispatch dispatch(
      Dateline dateline,
      String headline,
      String datelineParagraph,
      List<String> rest,
      YearResolver years,
      LocalDate referenceDate,
      int sequence) {
    String lead = datelineParagraph.substring(dateline.bodyStart());
    List<String> paragraphs = new ArrayList<>(rest.size() + 1);
    paragraphs.add(lead);
    paragraphs.addAll(rest);
    String body = String.join("\n\n", paragraphs);
    return new Dispatch(
        DispatchId.of(Kind.DISPATCH, dateline.text(), body),
        sequence,
        Kind.DISPATCH,
        headline,
        dateline.located(),
        dateline.agency(),
        dateline.text(),
        dateline.dateText(),
        years.resolve(dateline.month(), dateline.day(), dateline.year(), lead, referenceDate),
        body,
        Words.count(body),
        Language.detect(body),
        mentions.find(withHeadline(headline, body)));
  }

  /** Story paragraphs in [from, to): chrome left out, nothing after a comment form or list. */
  private static List<String> content(List<Block> blocks, Chrome.Role[] roles, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i : contentIndexes(roles, from, to)) {
      out.add(blocks.get(i).text());
    }
    return out;
  }

  private static List<Integer> contentIndexes(Chrome.Role[] roles, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to && roles[i] != Chrome.Role.SECTION_END; i++) {
      if (roles[i] == Chrome.Role.CONTENT) {
        out.add(i);
      }
    }
    return out;
  }

  private static String withHeadline(String headline, String body) {
    return headline == null ? body : headline + "\n\n" + body;
  }

  /** The paragraphs joined by single spaces: already the normal form, so hashing skips a copy. */
  private static String joined(List<Block> blocks) {
    StringBuilder all = new StringBuilder();
    for (Block b : blocks) {
      if (all.length() > 0) {
        all.append(' ');
      }
      all.append(b.text());
    }
    return all.toString();
  }

  /** Word lists are read once per class loader and shared: they never change at run time. */
  private static final class Defaults {
    static final Agencies AGENCIES = Agencies.load();
    static final DatelineParser DATELINES = new DatelineParser(AGENCIES);
    static final MentionFinder MENTIONS = new MentionFinder(Gazetteer.load());
  }
}
