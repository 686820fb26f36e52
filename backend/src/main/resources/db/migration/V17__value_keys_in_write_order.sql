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
-- value_year_add() (V13) stays as it is: its ON CONFLICT names the same columns, and the order it upserts in,
-- (indicator, unit, year), is the new key's order whenever a statement writes within one year, as imports do.
