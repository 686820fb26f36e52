-- Units of the union and their history. Validity intervals are half-open [valid_from, valid_to);
-- valid_to NULL means "still exists". Nothing here is ever deleted by a reorganisation: units are
-- closed, links are closed, and lineage records what became of them.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE unit (
    id            uuid PRIMARY KEY,
    code          varchar(32)  NOT NULL,
    name          varchar(255) NOT NULL,          -- union name as people say it: "Hội LHPN tỉnh Cà Mau"
    name_en       varchar(255),
    admin_name    varchar(255),                   -- administrative unit name: "Tỉnh Cà Mau"
    admin_code    varchar(16),                    -- GSO code of the administrative unit, if any
    level         varchar(16)  NOT NULL CHECK (level IN ('CENTRAL','PROVINCE','DISTRICT','COMMUNE','BRANCH','GROUP')),
    kind          varchar(64)  NOT NULL,
    valid_from    date         NOT NULL,
    valid_to      date,
    demo          boolean      NOT NULL DEFAULT false,
    -- lower-case, diacritics-free name/admin name/code, maintained by the application (VietnameseText.fold)
    search_text   text         NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT unit_interval_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    -- codes are reused across the 2025 reform: unique per level only among units alive at the same date
    CONSTRAINT unit_code_per_level_excl EXCLUDE USING gist (
        level WITH =, code WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX unit_search_trgm_idx ON unit USING gin (search_text gin_trgm_ops);
CREATE INDEX unit_level_from_idx ON unit (level, valid_from);

-- Effective-dated parent links: at most one parent per unit at any date.
CREATE TABLE unit_parent (
    unit_id    uuid NOT NULL REFERENCES unit (id),
    parent_id  uuid NOT NULL REFERENCES unit (id),
    valid_from date NOT NULL,
    valid_to   date,
    PRIMARY KEY (unit_id, valid_from),
    CONSTRAINT unit_parent_interval_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT unit_parent_no_self_ck CHECK (unit_id <> parent_id),
    CONSTRAINT unit_parent_single_excl EXCLUDE USING gist (
        unit_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX unit_parent_parent_idx ON unit_parent (parent_id, valid_from) INCLUDE (unit_id, valid_to);

-- Closure of the parent links per interval: one row per (ancestor, descendant, interval during which
-- the whole chain between them is unchanged). Derived from unit_parent by refresh_unit_closure();
-- depth 0 rows are the units themselves. Makes "subtree of X as of D" a single index range scan.
CREATE TABLE unit_closure (
    ancestor_id   uuid    NOT NULL,
    descendant_id uuid    NOT NULL,
    depth         integer NOT NULL,
    valid_from    date    NOT NULL,
    valid_to      date    NOT NULL   -- 'infinity' when open, so range predicates stay index-friendly
);
CREATE INDEX unit_closure_anc_idx ON unit_closure (ancestor_id, valid_from) INCLUDE (descendant_id, depth, valid_to);
CREATE INDEX unit_closure_desc_idx ON unit_closure (descendant_id, valid_from) INCLUDE (ancestor_id, depth, valid_to);

-- Recomputes the closure rows of the given units and of everything that was ever below them
-- (NULL = all units). Intervals are intersected along the chain, so a move or a closure anywhere
-- above a unit splits its rows exactly at the change dates.
CREATE FUNCTION refresh_unit_closure(roots uuid[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    affected uuid[];
    n integer;
BEGIN
    IF roots IS NULL THEN
        TRUNCATE unit_closure;
        SELECT array_agg(id) INTO affected FROM unit;
    ELSE
        SELECT array_agg(DISTINCT d) INTO affected FROM (
            SELECT unnest(roots) AS d
            UNION
            SELECT descendant_id FROM unit_closure WHERE ancestor_id = ANY (roots)
        ) s;
        DELETE FROM unit_closure WHERE descendant_id = ANY (affected);
    END IF;
    IF affected IS NULL THEN
        RETURN 0;
    END IF;
    WITH RECURSIVE chain (descendant_id, ancestor_id, depth, valid_from, valid_to) AS (
        SELECT u.id, u.id, 0, u.valid_from, COALESCE(u.valid_to, 'infinity'::date)
        FROM unit u WHERE u.id = ANY (affected)
        UNION ALL
        SELECT c.descendant_id, p.parent_id, c.depth + 1,
               GREATEST(c.valid_from, p.valid_from),
               LEAST(c.valid_to, COALESCE(p.valid_to, 'infinity'::date))
        FROM chain c
        JOIN unit_parent p ON p.unit_id = c.ancestor_id
        WHERE p.valid_from < c.valid_to
          AND COALESCE(p.valid_to, 'infinity'::date) > c.valid_from
          AND c.depth < 32
    )
    INSERT INTO unit_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    SELECT ancestor_id, descendant_id, depth, valid_from, valid_to FROM chain;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

-- Reorganisation events (MERGE, SPLIT, RENAME, MOVE, DISSOLVE, CREATE) with their legal basis.
CREATE TABLE reorganization (
    id             uuid PRIMARY KEY,
    type           varchar(16) NOT NULL CHECK (type IN ('MERGE','SPLIT','RENAME','MOVE','DISSOLVE','CREATE')),
    effective_date date        NOT NULL,
    legal_basis    text        NOT NULL,
    note           text,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reorganization_date_idx ON reorganization (effective_date);

-- What an event did to each unit it touched.
CREATE TABLE reorganization_effect (
    reorganization_id uuid        NOT NULL REFERENCES reorganization (id),
    unit_id           uuid        NOT NULL REFERENCES unit (id),
    effect            varchar(16) NOT NULL CHECK (effect IN ('CLOSED','CREATED','CONTINUED','MOVED')),
    from_parent_id    uuid REFERENCES unit (id),
    to_parent_id      uuid REFERENCES unit (id),
    PRIMARY KEY (reorganization_id, unit_id)
);
CREATE INDEX reorganization_effect_unit_idx ON reorganization_effect (unit_id);

-- Lineage: predecessor → successor. WHOLE = all of the predecessor went to the successor;
-- PART = a share of it did (weight, when known, is the fraction used to apportion figures).
CREATE TABLE lineage (
    reorganization_id uuid        NOT NULL REFERENCES reorganization (id),
    predecessor_id    uuid        NOT NULL REFERENCES unit (id),
    successor_id      uuid        NOT NULL REFERENCES unit (id),
    share             varchar(8)  NOT NULL CHECK (share IN ('WHOLE','PART')),
    weight            numeric(9, 6) CHECK (weight IS NULL OR (weight > 0 AND weight <= 1)),
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT lineage_no_self_ck CHECK (predecessor_id <> successor_id)
);
CREATE INDEX lineage_successor_idx ON lineage (successor_id);
CREATE INDEX lineage_event_idx ON lineage (reorganization_id);

-- Which reference/demo data sets are loaded (loads are idempotent and keyed by checksum).
CREATE TABLE data_load (
    dataset    varchar(64) PRIMARY KEY,
    checksum   varchar(64) NOT NULL,
    rows_count integer     NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
