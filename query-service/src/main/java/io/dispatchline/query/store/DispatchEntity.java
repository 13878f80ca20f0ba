package io.dispatchline.query.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A stored dispatch, as read back by id for the API (one row and its mentions). Rows are written by
 * {@link DispatchStore}'s bulk upsert, not through this entity, hence immutable here; searches and
 * pages are SQL of their own ({@link DispatchSql}).
 */
@Entity
@Immutable
@Table(name = "dispatches")
public class DispatchEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "document_id", nullable = false)
  public String documentId;

  @Column(nullable = false)
  public int sequence;

  @Column(nullable = false)
  public String kind;

  public String headline;
  public String located;
  public String agency;

  @Column(name = "dateline_text")
  public String datelineText;

  @Column(name = "date_text")
  public String dateText;

  @Column(name = "dispatch_date")
  public LocalDate date;

  @Column(nullable = false)
  public String body;

  @Column(name = "word_count", nullable = false)
  public int wordCount;

  @Column(nullable = false)
  public String language;

  @Column(name = "source_type")
  public String sourceType;

  @Column(name = "source_name")
  public String sourceName;

  @Column(name = "ingested_at", nullable = false)
  public Instant ingestedAt;

  /** Grows on every insert or content change; the live stream's event id. */
  @Column(name = "stored_seq")
  public Long storedSeq;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dispatch_mentions", joinColumns = @JoinColumn(name = "dispatch_id"))
  @OrderColumn(name = "position")
  public List<MentionValue> mentions = new ArrayList<>();
}
