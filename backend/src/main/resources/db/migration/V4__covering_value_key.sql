-- Roll-ups probe data_value per (indicator, unit, period) from the closure of a subtree. Carrying
-- period_end and value in the primary key's index makes those probes index-only (measured on 30 M
-- values: the national roll-up's heap fetches were most of its time), without a second index.
ALTER TABLE data_value DROP CONSTRAINT data_value_pkey;
ALTER TABLE data_value ADD CONSTRAINT data_value_pkey
    PRIMARY KEY (indicator_id, unit_id, period_start, category_option) INCLUDE (period_end, value);
