-- Restating history in the structure of a date D maps every unit that no longer exists at D onto the
-- units alive at D, following lineage. The map depends only on D and on the reorganisations recorded
-- (they are never deleted, and lineage and closures change only with them), so it is computed once per D
-- and reused while the committed reorganisations are the same: `version` is their count and latest
-- creation time, read before the map is computed (a race can only cause one more recomputation).
CREATE TABLE lineage_map_state (
    as_of   date PRIMARY KEY,
    version text NOT NULL
);
CREATE TABLE lineage_map (
    as_of date    NOT NULL,
    src   uuid    NOT NULL,
    dst   uuid    NOT NULL,
    w     numeric NOT NULL,
    PRIMARY KEY (as_of, src, dst)
);
