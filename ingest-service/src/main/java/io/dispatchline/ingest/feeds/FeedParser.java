package io.dispatchline.ingest.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the items of an RSS 2.0 / Atom 1.0 feed (Rome, which refuses DOCTYPEs, so no external
 * entities) or a JSON Feed 1.1 (Jackson). Items come out in document order.
 */
public final class FeedParser {

  private final ObjectMapper json;

  public FeedParser(ObjectMapper json) {
    this.json = json;
  }

  public List<FeedItem> parse(byte[] body, String contentType) {
    if (isJson(body, contentType)) {
      return jsonFeed(body);
    }
    return xmlFeed(body);
  }

  private static boolean isJson(byte[] body, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return true;
    }
    for (byte b : body) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '{';
      }
    }
    return false;
  }

  private List<FeedItem> xmlFeed(byte[] body) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (IOException | com.rometools.rome.io.FeedException | IllegalArgumentException e) {
      throw new FeedParseException("Not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String key = firstOf(e.getUri(), e.getLink());
      if (key == null) {
        continue; // nothing to recognise it by next time
      }
      SyndContent content = e.getContents().isEmpty() ? e.getDescription() : e.getContents().get(0);
      String text = content == null ? null : content.getValue();
      boolean html =
          content == null || content.getType() == null || !content.getType().equals("text");
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(
          new FeedItem(
              key, e.getLink(), e.getTitle(), text, html, date == null ? null : date.toInstant()));
    }
    return items;
  }

  private List<FeedItem> jsonFeed(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new FeedParseException("Not readable JSON: " + e.getMessage(), e);
    }
    if (root == null
        || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
        || !root.path("items").isArray()) {
      throw new FeedParseException("Not a JSON Feed (no jsonfeed.org version or items)", null);
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String link = text(item, "url");
      String key = firstOf(text(item, "id"), link);
      if (key == null) {
        continue;
      }
      String htmlContent = text(item, "content_html");
      String content = firstOf(htmlContent, text(item, "content_text"), text(item, "summary"));
      items.add(
          new FeedItem(
              key,
              link,
              text(item, "title"),
              content,
              htmlContent != null,
              instant(firstOf(text(item, "date_published"), text(item, "date_modified")))));
    }
    return items;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
