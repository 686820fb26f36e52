-- The history of reported values without a JSON audit row per value. Writing one audit_event per value (two
-- JSON documents, four index entries) was the largest part of a bulk import: 2.6 s of a 6 s PUT of 49,815 values
-- (bench/indicators.sh). Now a statement that writes values records one audit_event per unit (who, when, from
-- where, what: "15 value(s)") and each value's before and after in value_change, a narrow table whose key
-- follows the order in which imports write (indicator, period, unit): a month of a province touches a few
-- index pages instead of one per value. GET /values/history reads value_change joined to its events.
CREATE TABLE value_change (
    event_id        bigint      NOT NULL,   -- audit_event: who, when, from where, which action
    indicator_id    uuid        NOT NULL,
    period_start    date        NOT NULL,
    unit_id         uuid        NOT NULL,
    category_option varchar(64) NOT NULL,
    before_value    numeric,                -- null: the value did not exist
    before_comment  text,
    after_value     numeric,                -- null: the value was deleted
    after_comment   text,
    after_source    varchar(16)
);

-- The history written before this migration, from the per-value audit events (which stay as they are).
INSERT INTO value_change (event_id, indicator_id, period_start, unit_id, category_option,
                          before_value, before_comment, after_value, after_comment, after_source)
SELECT e.id, (r->>'indicator_id')::uuid, (r->>'period_start')::date, (r->>'unit_id')::uuid, coalesce(r->>'category_option', ''),
       (e.before->>'value')::numeric, e.before->>'comment', (e.after->>'value')::numeric, e.after->>'comment', e.after->>'source'
FROM audit_event e CROSS JOIN LATERAL coalesce(e.after, e.before) AS r
WHERE e.entity = 'VALUE';

CREATE INDEX value_change_key_idx ON value_change (indicator_id, period_start, unit_id, category_option, event_id);
-- Append-only, like the audit trail it belongs to.
CREATE TRIGGER value_change_no_update BEFORE UPDATE OR DELETE ON value_change
    FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
CREATE TRIGGER value_change_no_truncate BEFORE TRUNCATE ON value_change
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();

-- The id of a value in the audit trail, as the per-value events wrote it: indicator/unit/period start[/option].
CREATE FUNCTION value_key(indicator_id uuid, unit_id uuid, period_start date, category_option text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT indicator_id::text || '/' || unit_id || '/' || period_start || CASE WHEN category_option = '' THEN '' ELSE '/' || category_option END
$$;

-- One event per unit and statement; entity_id names the value when the unit's event is about one value. The
-- statement's changes (ch) are read once from the transition tables, whichever the operation. Transition tables
-- have no statistics: the old/new join was estimated at one row, and the planner then matched each change to its
-- unit's event by a nested loop (half a national month: 41 million comparisons, 4.2 s). Hash joins, always.
CREATE FUNCTION value_changes() RETURNS trigger LANGUAGE plpgsql SET enable_nestloop = off AS $$
DECLARE
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT n.indicator_id, n.period_start, n.unit_id, n.category_option, NULL::numeric AS before_value,'
                           || ' NULL::text AS before_comment, n.value AS after_value, n.comment AS after_comment, n.source AS after_source'
                           || ' FROM new_rows n'
        WHEN 'UPDATE' THEN 'SELECT n.indicator_id, n.period_start, n.unit_id, n.category_option, o.value, o.comment, n.value, n.comment, n.source'
                           || ' FROM new_rows n JOIN old_rows o ON o.indicator_id = n.indicator_id AND o.unit_id = n.unit_id'
                           || ' AND o.period_start = n.period_start AND o.category_option = n.category_option'
        ELSE 'SELECT o.indicator_id, o.period_start, o.unit_id, o.category_option, o.value, o.comment, NULL::numeric, NULL::text, NULL::varchar'
             || ' FROM old_rows o' END;
BEGIN
    IF current_setting('vwu.audit', true) = 'off' THEN
        RETURN NULL;
    END IF;
    EXECUTE format($sql$
        WITH ch AS MATERIALIZED (%s),
        events AS (
            INSERT INTO audit_event (actor_id, actor_name, via, ip, user_agent, request_id, action, entity, entity_id, unit_id, detail)
            SELECT ($1->>'id')::uuid, $1->>'name', $1->>'via', $1->>'ip', $1->>'ua', $1->>'rid', $2, 'VALUE',
                   -- the key text is built only for a unit's single value, not for every row
                   CASE WHEN count(*) = 1 THEN value_key(any_value(ch.indicator_id), ch.unit_id, any_value(ch.period_start),
                                                         any_value(ch.category_option)) END,
                   ch.unit_id, count(*) || ' value(s)'
            FROM ch GROUP BY ch.unit_id ORDER BY ch.unit_id
            RETURNING id, unit_id)
        INSERT INTO value_change (event_id, indicator_id, period_start, unit_id, category_option,
                                  before_value, before_comment, after_value, after_comment, after_source)
        SELECT e.id, ch.* FROM ch JOIN events e ON e.unit_id = ch.unit_id
        ORDER BY ch.indicator_id, ch.period_start, ch.unit_id, ch.category_option$sql$, changes)
    USING audit_actor(), CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END;
    RETURN NULL;
END;
$$;

DROP TRIGGER data_value_audit_insert ON data_value;
DROP TRIGGER data_value_audit_update ON data_value;
DROP TRIGGER data_value_audit_delete ON data_value;
CREATE TRIGGER data_value_audit_insert AFTER INSERT ON data_value
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION value_changes();
CREATE TRIGGER data_value_audit_update AFTER UPDATE ON data_value
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION value_changes();
CREATE TRIGGER data_value_audit_delete AFTER DELETE ON data_value
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION value_changes();
