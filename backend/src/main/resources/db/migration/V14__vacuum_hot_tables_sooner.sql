-- Roll-ups over whole years read value_year with an index-only scan, which goes to the heap for every page not
-- marked all-visible. With the default threshold (20 % of the table) autovacuum waited for ~740,000 changed
-- yearly sums; meanwhile the achievement report of a province did ~30,000 heap fetches (bench/indicators.sh:
-- the reform year's flows 75 ms before VACUUM, 40 ms after). The table is small (a row per unit, indicator
-- and year), so vacuuming it after 2 % costs little. data_value keeps the defaults: vacuuming its 35 million
-- rows that often would cost more than the few heap fetches of the monthly paths.
ALTER TABLE value_year SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                            autovacuum_analyze_scale_factor = 0.02);
