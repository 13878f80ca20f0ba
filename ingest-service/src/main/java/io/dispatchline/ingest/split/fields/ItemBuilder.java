package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.Dispatch;
import io.dispatchline.ingest.split.chrome.Chrome;
import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.datelines.Dateline;
import io.dispatchline.ingest.split.paragraphs.Block;
import io.dispatchline.ingest.split.segmentation.HeadlineFinder;
import io.dispatchline.ingest.split.segmentation.Segment;
import io.dispatchline.ingest.split.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Segment} of the paragraph list into a {@link Dispatch} with every field. */
public final class ItemBuilder {
  private final MentionFinder mentions;
  private final Agencies agencies;

  public ItemBuilder(MentionFinder mentions, Agencies agencies) {
    this.mentions = mentions;
    this.agencies = agencies;
  }

  public Dispatch build(
      Segment s,
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      Utf8Paragraphs utf8,
      YearResolver years,
      LocalDate referenceDate,
      SiteAffixes site,
      PageLanguage language,
      int sequence) {
    Dateline dateline = s.dateline() < 0 ? null : datelines[s.dateline()];
    String datelineText = dateline == null ? null : dateline.text();
    // The id hashes the body's normal form: the paragraphs' shared UTF-8, joined by spaces.
    IdHasher id = DispatchId.start(s.kind(), datelineText);
    List<String> paragraphs = new ArrayList<>();
    String lead = null;
    if (dateline != null) {
      lead = blocks.get(s.dateline()).text().substring(dateline.bodyStart());
      paragraphs.add(lead);
      id.utf8(utf8.of(s.dateline()), utf8.offset(s.dateline(), dateline.bodyStart()));
    }
    for (int i = s.bodyFrom(); i < s.bodyTo() && roles[i] != Chrome.Role.SECTION_END; i++) {
      if (roles[i].keptInBody()) {
        if (!paragraphs.isEmpty()) {
          id.raw(" ");
        }
        paragraphs.add(blocks.get(i).text());
        id.utf8(utf8.of(i), 0);
      }
    }
    String headline =
        s.headline() < 0
            ? null
            : site.strip(HeadlineFinder.headlineText(blocks.get(s.headline()).text(), agencies));
    String body = String.join("\n\n", paragraphs);
    // One tokenisation of the body serves the word count, the language and the mentions.
    Tokens tokens = Tokens.of(body);
    return new Dispatch(
        id.hex(),
        sequence,
        s.kind(),
        headline,
        dateline == null ? null : dateline.located(),
        dateline == null ? null : dateline.agency(),
        datelineText,
        dateline == null ? null : dateline.dateText(),
        dateline == null
            ? null
            : years.resolve(dateline.month(), dateline.day(), dateline.year(), lead, referenceDate),
        body,
        tokens.words(),
        language.of(body, tokens),
        headline == null ? mentions.find(tokens) : mentions.find(Tokens.of(headline), tokens));
  }
}
