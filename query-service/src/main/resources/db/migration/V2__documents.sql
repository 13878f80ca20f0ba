-- Documents the dispatches came from: one row per document id, kept from its first sighting.
CREATE TABLE documents (
    id            text        PRIMARY KEY,
    source_type   text,
    source_name   text,
    ingested_at   timestamptz NOT NULL,
    stored_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX dispatches_kind_idx ON dispatches (kind);
