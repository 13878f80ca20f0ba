package io.dispatchline.ingest.split;

/** What an item split out of a document is. */
public enum Kind {
  /** A story under a dateline ("BISHKEK, Oct. 26 (Xinhua) —"). */
  DISPATCH,
  /** A lead or intro article with no dateline. */
  ARTICLE,
  /**
   * A stub in a list on an index page: a headline and one short text (which may open with a
   * dateline). Two or more in a row make a list; each is one item.
   */
  TEASER;

  /** The name used in the event contract. */
  public String wireName() {
    return switch (this) {
      case DISPATCH -> "dispatch";
      case ARTICLE -> "article";
      case TEASER -> "teaser";
    };
  }
}
