package io.dispatchline.ingest.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Segment} of the paragraph list into a {@link Dispatch} with every field. */
final class ItemBuilder {
  private final MentionFinder mentions;

  ItemBuilder(MentionFinder mentions) {
    this.mentions = mentions;
  }

  Dispatch build(
      Segment s,
      List<Block> blocks,
      Chrome.Role[] roles,
      Dateline[] datelines,
      YearResolver years,
      LocalDate referenceDate,
      int sequence) {
    Dateline dateline = s.dateline() < 0 ? null : datelines[s.dateline()];
    List<String> paragraphs = new ArrayList<>();
    String lead = null;
    if (dateline != null) {
      lead = blocks.get(s.dateline()).text().substring(dateline.bodyStart());
      paragraphs.add(lead);
    }
    for (int i = s.bodyFrom(); i < s.bodyTo() && roles[i] != Chrome.Role.SECTION_END; i++) {
      if (roles[i].keptInBody()) {
        paragraphs.add(blocks.get(i).text());
      }
    }
    String headline = s.headline() < 0 ? null : blocks.get(s.headline()).text();
    String body = String.join("\n\n", paragraphs);
    // One tokenisation of headline and body serves the word count, the language and mentions.
    int bodyOffset = headline == null ? 0 : headline.length() + 2;
    Tokens tokens = Tokens.of(headline == null ? body : headline + "\n\n" + body);
    int words = tokens.words() - (headline == null ? 0 : Words.count(headline));
    String datelineText = dateline == null ? null : dateline.text();
    return new Dispatch(
        DispatchId.of(s.kind(), datelineText, paragraphs),
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
        words,
        Language.detect(tokens, bodyOffset),
        mentions.find(tokens));
  }
}
