package io.dispatchline.ingest.split;

import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.chrome.ChromePhrases;
import io.dispatchline.ingest.split.chrome.NavigationRuns;
import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.datelines.DatelineJoiner;
import io.dispatchline.ingest.split.datelines.DatelineParser;
import io.dispatchline.ingest.split.datelines.GluedDatelines;
import io.dispatchline.ingest.split.datelines.Places;
import io.dispatchline.ingest.split.fields.Gazetteer;
import io.dispatchline.ingest.split.fields.Ids;
import io.dispatchline.ingest.split.fields.ItemBuilder;
import io.dispatchline.ingest.split.fields.MentionFinder;
import io.dispatchline.ingest.split.fields.PageLanguage;
import io.dispatchline.ingest.split.fields.SiteAffixes;
import io.dispatchline.ingest.split.fields.Utf8Paragraphs;
import io.dispatchline.ingest.split.fields.YearResolver;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.paragraphs.EndMarks;
import io.dispatchline.ingest.split.paragraphs.FieldRecords;
import io.dispatchline.ingest.split.paragraphs.HtmlBlocks;
import io.dispatchline.ingest.split.paragraphs.TextBlocks;
import io.dispatchline.ingest.split.segmentation.HeadlineFinder;
import io.dispatchline.ingest.split.segmentation.Segment;
import io.dispatchline.ingest.split.segmentation.Segmenter;
import io.dispatchline.ingest.split.text.Stopwords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a news page into its lead article, its dispatches and its teasers.
 *
 * <p>Both entry points reduce the input to the same paragraph model ({@link Block}s) and run the
 * same steps over it, each linear in the input:
 *
 * <ol>
 *   <li>classify each paragraph once: page chrome ({@link Chrome}) or content, and whether it
 *       starts with a dateline ({@link DatelineParser});
 *   <li>cut the paragraphs into items ({@link Segmenter}): dispatches under datelines, teaser
 *       lists, the lead article;
 *   <li>fill in every field of each item ({@link ItemBuilder}): id, headline, dateline, resolved
 *       date ({@link YearResolver}), body, word count, language, mentions ({@link MentionFinder}).
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Splitter {
  private final Chrome chrome;
  private final DatelineParser datelines;
  private final ItemBuilder items;

  public Splitter() {
    this.chrome = Defaults.CHROME;
    this.datelines = Defaults.DATELINES;
    this.items = Defaults.ITEMS;
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

  private SplitResult split(List<Block> paragraphs, LocalDate referenceDate) {
    List<Block> blocks =
        DatelineJoiner.join(
            GluedDatelines.split(EndMarks.split(FieldRecords.split(paragraphs)), datelines),
            datelines,
            chrome);
    int n = blocks.size();
    Chrome.Role[] roles = new Chrome.Role[n];
    Dateline[] found = new Dateline[n];
    // Everything later steps need to know of a paragraph's own text is read here, in one visit.
    boolean[] headlineShaped = new boolean[n];
    boolean[] menuShaped = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      headlineShaped[i] = HeadlineFinder.isHeadline(b);
      menuShaped[i] = NavigationRuns.looksLikeMenuItem(b);
      // The same line twice in a row (a template's title, a headline repeated as a link) is one.
      roles[i] =
          i > 0 && b.text().equals(blocks.get(i - 1).text())
              ? Chrome.Role.SHARE
              : chrome.classify(b);
      // A caption may itself start with a dateline ("BISHKEK, Oct. 26, 2023 (Xinhua) -- Premier
      // Li … (Xinhua/Name)"); everything else that starts with one is story text.
      if (roles[i] != Chrome.Role.CAPTION && roles[i] != Chrome.Role.SEPARATOR) {
        found[i] = datelines.parse(b.text());
        if (found[i] == null && b.markedDateline() > 0) {
          found[i] = datelines.parseMarked(b.text(), b.markedDateline());
        }
        if (found[i] != null) {
          roles[i] = Chrome.Role.CONTENT;
        }
      }
    }
    NavigationRuns.mark(roles, found, menuShaped);
    List<String> story = storyTexts(blocks, roles);
    Stopwords stopwords = Stopwords.mostFrequentIn(story).calibratedOn(story);
    PageLanguage language = new PageLanguage(stopwords, story);
    List<Segment> segments = Segmenter.segment(blocks, roles, found, headlineShaped, stopwords);
    YearResolver years = YearResolver.scan(blocks);
    Utf8Paragraphs utf8 = new Utf8Paragraphs(blocks);
    Ids.DocumentHasher document = new Ids.DocumentHasher(utf8);
    SiteAffixes site = siteAffixes(segments, blocks);
    List<Dispatch> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      out.add(
          items.build(
              s, blocks, roles, found, utf8, years, referenceDate, site, language, out.size()));
      document.upTo(s.bodyTo()); // items come in page order: nothing before bodyTo is used again
    }
    document.upTo(n);
    return new SplitResult(document.hex(), out);
  }

  /** The site name its template adds to every headline of the page, if it does. */
  private static SiteAffixes siteAffixes(List<Segment> segments, List<Block> blocks) {
    List<String> headlines = new ArrayList<>();
    for (Segment s : segments) {
      if (s.headline() >= 0) {
        headlines.add(HeadlineFinder.withoutBullet(blocks.get(s.headline()).text()));
      }
    }
    return SiteAffixes.of(headlines);
  }

  /**
   * The page's story text (its first 200 paragraphs of it): what its language, its function words
   * and their density are told from.
   */
  private static List<String> storyTexts(List<Block> blocks, Chrome.Role[] roles) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < blocks.size() && texts.size() < 200; i++) {
      if (roles[i] == Chrome.Role.CONTENT) {
        texts.add(blocks.get(i).text());
      }
    }
    return texts;
  }

  /** Word lists are read once per class loader and shared: they never change at run time. */
  private static final class Defaults {
    static final Agencies AGENCIES = Agencies.load();
    static final Places PLACES = Places.load();
    static final Chrome CHROME = new Chrome(AGENCIES, ChromePhrases.load(), PLACES);
    static final DatelineParser DATELINES = new DatelineParser(AGENCIES, PLACES);
    static final ItemBuilder ITEMS = new ItemBuilder(new MentionFinder(Gazetteer.load()), AGENCIES);
  }
}
