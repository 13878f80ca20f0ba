-- Issue 17: each dispatch is indexed in its own language's text-search configuration, not in
-- 'english' for all. Search builds the query once per configuration the stored rows use and
-- matches each row with its own (store/SearchLanguages, store/DispatchSql; docs/storage.md).

-- The configuration for an ISO 639-1 code: PostgreSQL's snowball configurations where it ships
-- one (all of these exist in PostgreSQL 14 and 15), 'simple' (lower-casing, no stemming, no
-- stop words) for the rest, 'und' included. A SQL-standard body resolves the names now, once;
-- the function is IMMUTABLE, as a generated column needs.
CREATE FUNCTION dispatch_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE language
    WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
    WHEN 'ca' THEN 'pg_catalog.catalan'::regconfig
    WHEN 'da' THEN 'pg_catalog.danish'::regconfig
    WHEN 'de' THEN 'pg_catalog.german'::regconfig
    WHEN 'el' THEN 'pg_catalog.greek'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
    WHEN 'eu' THEN 'pg_catalog.basque'::regconfig
    WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
    WHEN 'fr' THEN 'pg_catalog.french'::regconfig
    WHEN 'ga' THEN 'pg_catalog.irish'::regconfig
    WHEN 'hi' THEN 'pg_catalog.hindi'::regconfig
    WHEN 'hu' THEN 'pg_catalog.hungarian'::regconfig
    WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
    WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
    WHEN 'it' THEN 'pg_catalog.italian'::regconfig
    WHEN 'lt' THEN 'pg_catalog.lithuanian'::regconfig
    WHEN 'nb' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'ne' THEN 'pg_catalog.nepali'::regconfig
    WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
    WHEN 'nn' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'no' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
    WHEN 'ro' THEN 'pg_catalog.romanian'::regconfig
    WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
    WHEN 'sr' THEN 'pg_catalog.serbian'::regconfig
    WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
    WHEN 'ta' THEN 'pg_catalog.tamil'::regconfig
    WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
    WHEN 'yi' THEN 'pg_catalog.yiddish'::regconfig
    ELSE 'pg_catalog.simple'::regconfig
END;

-- Chinese and Japanese have no word separators and PostgreSQL no parser for them: their text is
-- indexed as overlapping character bigrams ('举行会谈' → '举行 行会 会谈') under 'simple', and
-- the query's CJK runs are turned into the same bigrams as a phrase (store/CjkBigrams, which
-- must use the same character ranges as the pattern below).
CREATE FUNCTION dispatch_search_cjk(language text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN language IN ('zh', 'ja');

-- Each run of CJK characters becomes its bigrams (a run of one stays one character); the text
-- between runs is kept as it is, in order, so positions (and phrases) stay consecutive.
CREATE FUNCTION dispatch_cjk_bigrams(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce((
    SELECT string_agg(
               CASE
                   WHEN length(r.run[1]) > 1
                        AND r.run[1] ~ '^[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]'
                   THEN (SELECT string_agg(substr(r.run[1], i, 2), ' ' ORDER BY i)
                         FROM generate_series(1, length(r.run[1]) - 1) AS i)
                   ELSE r.run[1]
               END,
               ' ' ORDER BY r.n)
    FROM regexp_matches(t,
             '[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+'
             '|[^\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+',
             'g') WITH ORDINALITY AS r(run, n)), '');

-- The text a row's tsvector is built from: bigrams for CJK languages, the text itself otherwise.
CREATE FUNCTION dispatch_search_text(language text, t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN dispatch_search_cjk(language) THEN dispatch_cjk_bigrams(t) ELSE t END;

-- PostgreSQL 14 and 15 cannot change a generated column's expression: the column is dropped and
-- added again, which rewrites the table and computes every existing row in its language (under
-- an exclusive lock, for as long as the rewrite takes). The GIN index goes with the old column
-- and is built again on the new one, under the same name.
ALTER TABLE dispatches DROP COLUMN search;
ALTER TABLE dispatches ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(dispatch_search_config(language),
                          dispatch_search_text(language, coalesce(headline, ''))), 'A') ||
    setweight(to_tsvector(dispatch_search_config(language),
                          dispatch_search_text(language, body)), 'B')) STORED;
CREATE INDEX dispatches_search_idx ON dispatches USING gin (search);

-- A search asks which languages are stored (one query per configuration in use): a loose scan
-- of this index answers in one descent per language. It also serves the language filter.
CREATE INDEX dispatches_language_idx ON dispatches (language);
