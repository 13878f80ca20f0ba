-- Filtering by agency or by place returns pages newest first. With an index on the column alone,
-- PostgreSQL found every match and sorted them for each page (a deep scan for common values);
-- with the sort key after the filter column it reads one page's rows, in order, and stops, and a
-- date range becomes a range on the same index. The new indexes also serve plain equality on the
-- column (facets), so the old single-column ones go: a store pays for the same number of indexes.
CREATE INDEX dispatches_agency_date_idx
    ON dispatches (agency, (coalesce(dispatch_date, '-infinity'::date)) DESC, id DESC);
CREATE INDEX dispatches_located_date_idx
    ON dispatches (located, (coalesce(dispatch_date, '-infinity'::date)) DESC, id DESC);
DROP INDEX dispatches_agency_idx;
DROP INDEX dispatches_located_idx;
