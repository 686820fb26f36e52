-- Concurrent imports of overlapping values deadlocked (found by ConcurrencyTest on a clean CI run): the yearly
-- sums were upserted in hash order. They are now written in key order, like data_value itself (ValueService),
-- so overlapping writers queue instead of deadlocking; deletions subtract through the same ordered upsert.
CREATE OR REPLACE FUNCTION value_year_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT n.indicator_id, n.unit_id, extract(year FROM n.period_start)::smallint, sum(n.value)
        FROM new_rows n JOIN indicator i ON i.id = n.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT d.indicator_id, d.unit_id, extract(year FROM d.period_start)::smallint, sum(d.delta)
        FROM (SELECT indicator_id, unit_id, period_start, value AS delta FROM new_rows
              UNION ALL
              SELECT indicator_id, unit_id, period_start, -value FROM old_rows) d
        JOIN indicator i ON i.id = d.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 2, 3
        HAVING sum(d.delta) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSE
        -- the rows exist (their values were added when written): the upsert only ever updates
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT o.indicator_id, o.unit_id, extract(year FROM o.period_start)::smallint, -sum(o.value)
        FROM old_rows o JOIN indicator i ON i.id = o.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    END IF;
    RETURN NULL;
END;
$$;
