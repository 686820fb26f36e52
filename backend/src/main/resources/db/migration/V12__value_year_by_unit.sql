-- Roll-ups of flows over whole years read the yearly sums of every unit of a subtree for ~50 indicators at
-- once (an achievement report). Through the primary key that is one probe per (indicator, unit); by unit it is
-- one range per unit and year. Measured on the national dataset: a province's previous-year flows 150 → 15 ms.
CREATE INDEX value_year_unit_idx ON value_year (unit_id, year) INCLUDE (indicator_id, total);
