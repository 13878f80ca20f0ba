package io.dispatchline.ingest.split;

/** What kind of thing a {@link Mention} names. */
public enum MentionType {
  PERSON,
  PLACE,
  ORGANISATION;

  /** The name used in the event contract. */
  public String wireName() {
    return switch (this) {
      case PERSON -> "person";
      case PLACE -> "place";
      case ORGANISATION -> "organisation";
    };
  }
}
