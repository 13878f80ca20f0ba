package io.dispatchline.ingest.split.paragraphs;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Drops the elements of a page that never hold story text: navigation, page header and footer,
 * asides, scripts, forms, embeds, and widgets named for comments, sharing, related links,
 * newsletters, cookie consent or advertising by their id, class or ARIA role.
 */
public final class HtmlChrome {
  /** Elements that never hold story text. */
  private static final Set<String> CHROME_ELEMENTS =
      Set.of(
          "nav",
          "aside",
          "script",
          "style",
          "form",
          "noscript",
          "template",
          "iframe",
          "svg",
          "button",
          "select",
          "input",
          "textarea",
          "label",
          "dialog",
          "video",
          "audio",
          "canvas",
          "object",
          "embed",
          "map");

  /** ARIA landmark roles of chrome. */
  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar");

  /**
   * Words in an id or class that name a chrome widget, matched as whole words ("share-buttons",
   * "shareButtons", "comment_list"; never "commentary" or "shared").
   */
  private static final Set<String> MARKERS =
      Set.of(
          "comment",
          "comments",
          "commentlist",
          "disqus",
          "respond",
          "reply",
          "share",
          "sharing",
          "sharebar",
          "social",
          "related",
          "recommended",
          "recirculation",
          "outbrain",
          "taboola",
          "newsletter",
          "newsletters",
          "subscribe",
          "subscription",
          "paywall",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "promo",
          "advert",
          "adverts",
          "advertisement",
          "ad",
          "ads",
          "adslot",
          "sponsored",
          "breadcrumb",
          "breadcrumbs",
          "sidebar",
          "popup",
          "modal",
          "navbar",
          "nav",
          "menu",
          "masthead",
          "footer",
          "trending",
          "mostread",
          "tags",
          // an author box after the story ("post-body-bio", "author-bio")
          "bio",
          "biography");

  /** Never dropped for a class name: {@code <body class="has-comments">}, {@code <main>}. */
  private static final Set<String> STRUCTURAL = Set.of("html", "body", "main", "article");

  private HtmlChrome() {}

  /**
   * Removes the chrome under {@code body}, in two linear walks: the first marks the elements that
   * hold the story's anchors (h1, article, main), which are never dropped for a class name ("<div
   * class="content has-sidebar">" may wrap the whole story); the second removes chrome top-down,
   * skipping what it removes.
   */
  static void drop(Element body) {
    Set<Element> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e
                && (isAnchor(e) || anchored.contains(e))
                && e.parent() != null) {
              anchored.add(e.parent());
            }
          }
        },
        body);
    NodeTraversor.filter(new Remover(anchored), body);
  }

  private static boolean isAnchor(Element e) {
    String name = e.normalName();
    return name.equals("h1") || name.equals("article") || name.equals("main");
  }

  /** Removes chrome elements; tracks whether it is inside the story's article or main. */
  private static final class Remover implements NodeFilter {
    private final Set<Element> anchored;
    private int contentDepth;

    Remover(Set<Element> anchored) {
      this.anchored = anchored;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e) || depth == 0) {
        return FilterResult.CONTINUE;
      }
      String name = e.normalName();
      boolean keep = anchored.contains(e) || isAnchor(e);
      if (CHROME_ELEMENTS.contains(name)
          || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden"))
          // A page-level header or footer is site chrome, even with the site name in an h1; an
          // article's own header holds its headline.
          || ((name.equals("header") || name.equals("footer")) && contentDepth == 0)
          || (!keep && !STRUCTURAL.contains(name) && isChrome(e))) {
        return FilterResult.REMOVE;
      }
      if (isContent(e)) {
        contentDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && depth > 0 && isContent(e)) {
        contentDepth--;
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isContent(Element e) {
      String name = e.normalName();
      return name.equals("article") || name.equals("main") || "main".equals(e.attr("role"));
    }
  }

  private static boolean isChrome(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && CHROME_ROLES.contains(role)) {
      return true;
    }
    return hasMarker(e.id()) || hasMarker(e.className());
  }

  private static boolean hasMarker(String names) {
    return ClassWords.any(names, MARKERS);
  }
}
