package io.dispatchline.ingest.split;

import java.util.Objects;

/**
 * A person, place or organisation named in a dispatch, under its normalised name ("Kyrgyz" is
 * reported as the place "Kyrgyzstan").
 */
public record Mention(String name, MentionType type) {
  public Mention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
