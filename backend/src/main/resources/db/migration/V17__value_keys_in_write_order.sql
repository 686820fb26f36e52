-- Keys in the order imports write. A province or a national system pushes a month at a time: with the primary key
-- led by (indicator, unit), the 49,815 values of one month landed on ~41,000 different index pages, each dirtied,
-- written to the WAL whole after every checkpoint (~300 MB of WAL per import) and evicted again. Led by
-- (indicator, period), a month of an indicator is one contiguous run of the index. The same key, with period end
-- and value included, serves the roll-ups' scans of an indicator over a period range, so data_value_rollup_idx
-- goes. Look-ups by unit (a unit's series, the monthly paths of roll-ups, stocks' latest period) get their own
-- index led by (unit, period): a month adds one run per unit at the end of that unit's range.
ALTER TABLE data_value DROP CONSTRAINT data_value_pkey;
DROP INDEX data_value_rollup_idx;
ALTER TABLE data_value ADD CONSTRAINT data_value_pkey PRIMARY KEY (indicator_id, period_start, unit_id, category_option)
    INCLUDE (period_end, value);
CREATE INDEX data_value_unit_idx ON data_value (unit_id, period_start, indicator_id) INCLUDE (period_end, value);

-- The yearly sums likewise: a month's import updates one year of each indicator for every unit, contiguous when
-- the key is (indicator, year, unit) — which also serves the scans value_year_scan_idx served.
ALTER TABLE value_year DROP CONSTRAINT value_year_pkey;
DROP INDEX value_year_scan_idx;
ALTER TABLE value_year ADD CONSTRAINT value_year_pkey PRIMARY KEY (indicator_id, year, unit_id) INCLUDE (total);

-- Yearly sums are upserted in the new key order (still one order for every writer: no deadlocks, V13).
CREATE OR REPLACE FUNCTION value_year_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT n.indicator_id, n.unit_id, extract(year FROM n.period_start)::smallint, sum(n.value)
        FROM new_rows n JOIN indicator i ON i.id = n.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 3, 2
        ORDER BY 1, 3, 2
        ON CONFLICT (indicator_id, year, unit_id) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT d.indicator_id, d.unit_id, extract(year FROM d.period_start)::smallint, sum(d.delta)
        FROM (SELECT indicator_id, unit_id, period_start, value AS delta FROM new_rows
              UNION ALL
              SELECT indicator_id, unit_id, period_start, -value FROM old_rows) d
        JOIN indicator i ON i.id = d.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 3, 2
        HAVING sum(d.delta) <> 0
        ORDER BY 1, 3, 2
        ON CONFLICT (indicator_id, year, unit_id) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSE
        -- the rows exist (their values were added when written): the upsert only ever updates
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT o.indicator_id, o.unit_id, extract(year FROM o.period_start)::smallint, -sum(o.value)
        FROM old_rows o JOIN indicator i ON i.id = o.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 3, 2
        ORDER BY 1, 3, 2
        ON CONFLICT (indicator_id, year, unit_id) DO UPDATE SET total = y.total + EXCLUDED.total;
    END IF;
    RETURN NULL;
END;
$$;
