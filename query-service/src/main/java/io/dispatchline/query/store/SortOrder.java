package io.dispatchline.query.store;

/** The orders a page of dispatches can come in; each has a unique keyset. */
public enum SortOrder {
  /** Newest dispatch_date first, undated last, then id descending. */
  DATE,
  /** ts_rank_cd of the query descending, then id descending; only with a query. */
  RELEVANCE,
  /** Ingestion order, then document id, then the position in the document. */
  DOCUMENT
}
