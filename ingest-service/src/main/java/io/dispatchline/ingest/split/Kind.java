package io.dispatchline.ingest.split;

/** What an item split out of a document is. */
public enum Kind {
  /** A story under a dateline ("BISHKEK, Oct. 26 (Xinhua) —"). */
  DISPATCH,
  /** A lead or intro article with no dateline. */
  ARTICLE,
  /** A stub on an index page (headline plus a line or two); not produced yet, see issue 3. */
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
