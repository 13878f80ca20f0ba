package io.dispatchline.query.store;

/**
 * How a search page is found without ranking or sorting every match. Newest first, the date order
 * is walked and each row tested against the query, for at most {@link #walkRows} rows; a query that
 * has not filled the page by then is rare enough for the GIN index, which goes on from where the
 * walk stopped, so the page is always exactly the first matches in date order. By relevance, the
 * {@link #candidates} newest matches (found the same way) are ranked, exactly.
 *
 * <p>The walk length is {@code sqrt(want × rows)}: reading a row in date order and testing it costs
 * about what the GIN path costs per match (both about 6 µs here), so the walk pays off while the
 * query matches more than one row in {@code sqrt(rows / want)}, and the worst case (a query just
 * too rare for the walk) costs about twice the walk, {@code 2 × sqrt(want × rows)} rows.
 *
 * @param rows the table's row count as PostgreSQL estimates it ({@code pg_class.reltuples})
 * @param candidates how many of the newest matches {@code sort=relevance} ranks
 */
public record SearchPlan(long rows, int candidates) {

  public static final int DEFAULT_CANDIDATES = 500;
  static final int MAX_WALK = 50_000;

  /** How many rows the walk reads at most to find {@code want} matches. */
  public int walkRows(int want) {
    long n = Math.max(rows, 1000);
    long walk = (long) Math.sqrt((double) want * n);
    return (int) Math.min(MAX_WALK, Math.max(4L * want, walk));
  }
}
