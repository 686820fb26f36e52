-- Yearly partial sums per (indicator, unit) of values reported per month, quarter or half-year,
-- maintained on write by statement-level triggers that add deltas (a 50,000-value import updates the
-- sums in one grouped statement). Roll-ups of flows over whole years read one row per unit and year
-- instead of twelve. Exactness stays with data_value: roll-ups fall back to it for units whose place in
-- the hierarchy changed during a year.
CREATE TABLE value_year (
    indicator_id uuid     NOT NULL,
    unit_id      uuid     NOT NULL,
    year         smallint NOT NULL,
    total        numeric  NOT NULL,
    PRIMARY KEY (indicator_id, unit_id, year) INCLUDE (total)
);
CREATE INDEX value_year_scan_idx ON value_year (indicator_id, year) INCLUDE (unit_id, total);

INSERT INTO value_year (indicator_id, unit_id, year, total)
SELECT d.indicator_id, d.unit_id, extract(year FROM d.period_start)::smallint, sum(d.value)
FROM data_value d JOIN indicator i ON i.id = d.indicator_id
WHERE i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
GROUP BY 1, 2, 3;

-- Deltas: new values count positive, old values negative, added per (indicator, unit, year). The
-- transition tables have neither indexes nor statistics, so they are never joined to each other.
CREATE FUNCTION value_year_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO value_year AS y (indicator_id, unit_id, year, total)
        SELECT n.indicator_id, n.unit_id, extract(year FROM n.period_start)::smallint, sum(n.value)
        FROM new_rows n JOIN indicator i ON i.id = n.indicator_id AND i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR')
        GROUP BY 1, 2, 3
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
        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET total = y.total + EXCLUDED.total;
    ELSE
        UPDATE value_year y SET total = y.total - o.total
        FROM (SELECT o.indicator_id, o.unit_id, extract(year FROM o.period_start)::smallint AS year, sum(o.value) AS total
              FROM old_rows o GROUP BY 1, 2, 3) o
        WHERE y.indicator_id = o.indicator_id AND y.unit_id = o.unit_id AND y.year = o.year;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER data_value_year_insert AFTER INSERT ON data_value
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION value_year_add();
CREATE TRIGGER data_value_year_update AFTER UPDATE ON data_value
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION value_year_add();
CREATE TRIGGER data_value_year_delete AFTER DELETE ON data_value
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION value_year_add();
