package io.dispatchline.ingest.web;

import io.dispatchline.ingest.publish.DispatchEvent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page as the reader of the split sees it: its text blocks in order, each told to belong to the
 * dispatch whose headline, dateline or body holds it, or to nothing (the chrome the split dropped).
 * This is a view of the result, not a second splitter: it only matches text.
 */
final class PageBlocks {

  static final int MAX_BLOCKS = 3000;
  private static final int MIN_PART = 12;
  private static final String BLOCKS =
      "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,th,dt,dd";

  private PageBlocks() {}

  /** A run of consecutive blocks of one owner: a dispatch's 1-based number, or 0 for dropped. */
  record Segment(int owner, List<String> blocks) {}

  static List<Segment> segments(String text, boolean html, List<DispatchEvent> events) {
    List<List<String>> parts = events.stream().map(PageBlocks::parts).toList();
    List<Segment> out = new ArrayList<>();
    for (String block : html ? htmlBlocks(text) : textBlocks(text)) {
      int owner = owner(normalize(block), parts);
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.owner() == owner) {
        last.blocks().add(block);
      } else {
        List<String> blocks = new ArrayList<>();
        blocks.add(block);
        out.add(new Segment(owner, blocks));
      }
    }
    return out;
  }

  static List<String> textBlocks(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(MAX_BLOCKS).toList();
  }

  static List<String> htmlBlocks(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script,style,noscript,template").remove();
    List<String> blocks = new ArrayList<>();
    for (Element e : doc.body().select(BLOCKS)) {
      // the innermost blocks only: a <li> holding a <p> is read as its <p>
      if (e.select(BLOCKS).size() > 1) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty() && blocks.size() < MAX_BLOCKS) {
        blocks.add(t);
      }
    }
    return blocks;
  }

  private static List<String> parts(DispatchEvent e) {
    List<String> parts = new ArrayList<>();
    if (e.headline() != null) {
      parts.add(normalize(e.headline()));
    }
    if (e.datelineText() != null) {
      parts.add(normalize(e.datelineText()));
    }
    if (e.body() != null) {
      for (String p : e.body().split("\\n\\s*\\n")) {
        parts.add(normalize(p));
      }
    }
    return parts.stream().filter(p -> !p.isEmpty()).toList();
  }

  private static int owner(String block, List<List<String>> parts) {
    for (int i = 0; i < parts.size(); i++) {
      for (String part : parts.get(i)) {
        boolean inPart = part.equals(block) || block.length() >= MIN_PART && part.contains(block);
        if (inPart || part.length() >= MIN_PART && block.contains(part)) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
