package io.dispatchline.query.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A stored document, as read back for the API. Rows are written by {@link DispatchStore}'s bulk
 * upsert together with their dispatches, not through this entity, hence immutable here.
 */
@Entity
@Immutable
@Table(name = "documents")
public class DocumentEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "source_type")
  public String sourceType;

  @Column(name = "source_name")
  public String sourceName;

  @Column(name = "ingested_at", nullable = false)
  public Instant ingestedAt;
}
