-- Dispatches as the query API serves them. Rows are written by an idempotent bulk upsert keyed
-- on the dispatch id; content_hash lets a redelivered, unchanged event leave its row alone.
CREATE TABLE dispatches (
    id            text        PRIMARY KEY,
    document_id   text        NOT NULL,
    sequence      integer     NOT NULL CHECK (sequence >= 0),
    kind          text        NOT NULL CHECK (kind IN ('dispatch', 'article', 'teaser')),
    headline      text,
    located       text,
    agency        text,
    dateline_text text,
    date_text     text,
    dispatch_date date,
    body          text        NOT NULL,
    word_count    integer     NOT NULL CHECK (word_count >= 0),
    language      text        NOT NULL,
    source_type   text,
    source_name   text,
    ingested_at   timestamptz NOT NULL,
    content_hash  text        NOT NULL,
    stored_at     timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- Headline hits weigh more than body hits in ranked search.
    search        tsvector    GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', coalesce(headline, '')), 'A') ||
                      setweight(to_tsvector('english', body), 'B')) STORED
);

CREATE INDEX dispatches_search_idx   ON dispatches USING gin (search);
CREATE INDEX dispatches_order_idx    ON dispatches (ingested_at, document_id, sequence);
CREATE INDEX dispatches_document_idx ON dispatches (document_id, sequence);
CREATE INDEX dispatches_agency_idx   ON dispatches (agency);
CREATE INDEX dispatches_located_idx  ON dispatches (located);
CREATE INDEX dispatches_date_idx     ON dispatches (dispatch_date);

-- Mentions, one row each, so that filtering by a name is an index lookup.
CREATE TABLE dispatch_mentions (
    dispatch_id text    NOT NULL REFERENCES dispatches (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text    NOT NULL,
    type        text    NOT NULL CHECK (type IN ('person', 'place', 'organisation')),
    PRIMARY KEY (dispatch_id, position)
);

CREATE INDEX dispatch_mentions_name_idx ON dispatch_mentions (lower(name));
