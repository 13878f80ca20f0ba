-- The query API: a store sequence for the live stream, and an index for the default sort.

-- stored_seq grows every time a row is inserted or its content changes. The stream
-- (GET /dispatches/stream) emits rows in stored_seq order and uses it as the SSE event id.
CREATE SEQUENCE dispatches_stored_seq AS bigint;

ALTER TABLE dispatches ADD COLUMN stored_seq bigint;
UPDATE dispatches SET stored_seq = nextval('dispatches_stored_seq');
ALTER TABLE dispatches ALTER COLUMN stored_seq SET NOT NULL;

-- The transaction id is taken before the sequence number: a transaction holding a number is then
-- always visible in a snapshot as in progress, which is what the stream's safe horizon relies on.
CREATE FUNCTION dispatches_next_stored_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_current_xact_id();
    NEW.stored_seq := nextval('dispatches_stored_seq');
    RETURN NEW;
END
$$;

CREATE TRIGGER dispatches_stored_seq_on_insert
    BEFORE INSERT ON dispatches
    FOR EACH ROW EXECUTE FUNCTION dispatches_next_stored_seq();

-- The upsert leaves unchanged rows alone; a row whose content changes is stored (and streamed) anew.
CREATE TRIGGER dispatches_stored_seq_on_change
    BEFORE UPDATE ON dispatches
    FOR EACH ROW WHEN (OLD.content_hash IS DISTINCT FROM NEW.content_hash)
    EXECUTE FUNCTION dispatches_next_stored_seq();

CREATE INDEX dispatches_stored_seq_idx ON dispatches (stored_seq);

-- sort=date: newest first, undated last, id as the tiebreaker; the keyset compares this pair.
CREATE INDEX dispatches_date_order_idx
    ON dispatches ((coalesce(dispatch_date, '-infinity'::date)) DESC, id DESC);
