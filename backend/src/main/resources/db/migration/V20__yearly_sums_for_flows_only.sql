-- Yearly partial sums are read only for indicators that add up over time (time_aggregation SUM, RollupEngine's
-- `yearlySums`): stocks (LAST) and averages are always read from their values. Keeping sums for them too cost
-- every import a fifth of its yearly-sum upserts on the benchmark's mix (3 of its 15 indicators are stocks), for
-- rows nobody reads. They are no longer written, and the ones written so far are dropped.
CREATE OR REPLACE FUNCTION value_year_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT n.indicator_id, n.unit_id, extract(year FROM n.period_start)::smallint, sum(n.value)
        FROM new_rows n JOIN indicator i ON i.id = n.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
                                          AND i.time_aggregation = 'SUM'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT d.indicator_id, d.unit_id, extract(year FROM d.period_start)::smallint, sum(d.delta)
        FROM (SELECT indicator_id, unit_id, period_start, value AS delta FROM new_rows
              UNION ALL
              SELECT indicator_id, unit_id, period_start, -value FROM old_rows) d
        JOIN indicator i ON i.id = d.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR') AND i.time_aggregation = 'SUM'
        GROUP BY 1, 2, 3
        HAVING sum(d.delta) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSE
        -- the rows exist (their values were added when written): the upsert only ever updates
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT o.indicator_id, o.unit_id, extract(year FROM o.period_start)::smallint, -sum(o.value)
        FROM old_rows o JOIN indicator i ON i.id = o.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
                                          AND i.time_aggregation = 'SUM'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    END IF;
    RETURN NULL;
END;
$$;

DELETE FROM value_year y USING indicator i WHERE i.id = y.indicator_id AND i.time_aggregation <> 'SUM';

-- Which indicators have yearly sums now depends on their rules, which the API already never changes (PATCH
-- refuses them: "create a new indicator and deactivate this one"); the database refuses it too, so that the
-- sums cannot silently go missing or stale.
CREATE FUNCTION indicator_rules_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an indicator''s period type and time aggregation cannot change: create a new indicator and deactivate this one'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER indicator_rules_fixed BEFORE UPDATE OF period_type, time_aggregation ON indicator FOR EACH ROW
    WHEN (OLD.period_type IS DISTINCT FROM NEW.period_type OR OLD.time_aggregation IS DISTINCT FROM NEW.time_aggregation)
    EXECUTE FUNCTION indicator_rules_fixed();
