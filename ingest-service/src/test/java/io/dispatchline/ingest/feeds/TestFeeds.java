package io.dispatchline.ingest.feeds;

import java.util.List;

/** Feeds and pages written for the tests: Xinhua-style dispatches with a unique tag. */
final class TestFeeds {

  private TestFeeds() {}

  /** One item: guid {@code <tag>-<n>}, dated 2023-10-2n, a dispatch of October 2n. */
  record Item(String tag, int n, String link) {
    String guid() {
      return tag + "-" + n;
    }

    String title() {
      return "Trade corridor talks " + tag + " round " + n;
    }

    String html() {
      return dispatchHtml(tag, n);
    }
  }

  static String dispatchHtml(String tag, int n) {
    return "<p>BISHKEK, Oct. "
        + (20 + n)
        + " (Xinhua) -- Officials of the member states met on Thursday to discuss the trade"
        + " corridor known as "
        + tag
        + " round "
        + n
        + ", the foreign ministry said in a statement.</p>"
        + "<p>The delegations agreed to meet again in the spring, a spokesperson said.</p>";
  }

  static String page(String tag, int n) {
    return "<html><head><title>t</title></head><body><nav>Home | World | Asia</nav><h1>Trade"
        + " corridor talks "
        + tag
        + " round "
        + n
        + "</h1>"
        + dispatchHtml(tag, n)
        + "<footer>Copyright News Example</footer></body></html>";
  }

  static String rss(List<Item> items) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Test wire</title><link>https://news.example/</link>"
                + "<description>synthetic</description>\n");
    // Newest first, as feeds list them.
    for (int i = items.size() - 1; i >= 0; i--) {
      Item it = items.get(i);
      s.append("<item><title>")
          .append(it.title())
          .append("</title><link>")
          .append(it.link())
          .append("</link><guid isPermaLink=\"false\">")
          .append(it.guid())
          .append("</guid><pubDate>")
          .append(String.format("Thu, %d Oct 2023 09:54:00 GMT", 20 + it.n() + 1))
          .append("</pubDate><description>teaser</description><content:encoded><![CDATA[")
          .append(it.html())
          .append("]]></content:encoded></item>\n");
    }
    return s.append("</channel></rss>\n").toString();
  }
}
