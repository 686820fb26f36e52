-- The per-statement reference check (V15) read the statement's new rows four times: to lock the indicators, to
-- lock the units, then twice more to look for a missing one. Each set of ids is now taken once, and the check
-- is the lock itself: FOR KEY SHARE returns only rows that exist and have not been deleted by a transaction that
-- committed meanwhile (it waits for one still running), so fewer rows locked than ids asked means one is missing.
-- Only then are the ids searched for the one to name in the error.
CREATE OR REPLACE FUNCTION data_value_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    indicators uuid[];
    units uuid[];
    missing text;
BEGIN
    SELECT array_agg(DISTINCT n.indicator_id), array_agg(DISTINCT n.unit_id) INTO indicators, units FROM new_rows n;
    IF (SELECT count(*) FROM (SELECT 1 FROM indicator i WHERE i.id = ANY (indicators) ORDER BY i.id FOR KEY SHARE) l) < cardinality(indicators) THEN
        missing := coalesce((SELECT 'indicator ' || x FROM unnest(indicators) x WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.id = x) LIMIT 1),
                            'an indicator');
    ELSIF (SELECT count(*) FROM (SELECT 1 FROM unit u WHERE u.id = ANY (units) ORDER BY u.id FOR KEY SHARE) l) < cardinality(units) THEN
        missing := coalesce((SELECT 'unit ' || x FROM unnest(units) x WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.id = x) LIMIT 1),
                            'a unit');
    END IF;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'a reported value refers to % that does not exist', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
