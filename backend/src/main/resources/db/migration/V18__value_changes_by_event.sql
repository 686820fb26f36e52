-- The values one audit event changed: the admin trail drills down from "15 value(s)" to the values themselves
-- (GET /api/v1/audit/{id}/values). value_change is append-only and its event ids grow in the order its rows are
-- written, so a BRIN index of event id ranges finds an event's rows by reading a few pages, for next to nothing
-- on write; a B-tree would add one more index entry for every value an import writes. autosummarize lets
-- autovacuum summarise each range as it fills (an unsummarised range is read whole: at most 16 pages).
CREATE INDEX value_change_event_idx ON value_change USING brin (event_id) WITH (pages_per_range = 16, autosummarize = on);
