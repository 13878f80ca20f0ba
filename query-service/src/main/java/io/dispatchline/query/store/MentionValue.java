package io.dispatchline.query.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code dispatch_mentions}. */
@Embeddable
public class MentionValue {
  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "type", nullable = false)
  public String type;
}
