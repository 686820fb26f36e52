-- Refreshing the derived figures of a few (unit, month) keys — what every activity write does — must touch only
-- those keys. The row-value IN (unnest(...)) filters of V7 could not use an index: on the national dataset
-- (1 M activities, 34 M values) each activity write took ~5 s. With the keys joined explicitly, the delete probes
-- data_value's primary key and the insert activity_unit_date_idx. The full refresh (no keys) is unchanged.
CREATE OR REPLACE FUNCTION refresh_derived_values(only_indicators uuid[], key_units uuid[], key_months date[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
BEGIN
    IF key_units IS NULL THEN
        DELETE FROM data_value d USING indicator i
        WHERE i.id = d.indicator_id AND i.derived_measure IS NOT NULL
          AND (only_indicators IS NULL OR d.indicator_id = ANY (only_indicators));
        INSERT INTO data_value (indicator_id, unit_id, period_start, period_end, category_option, value, source, updated_at)
        SELECT i.id, a.unit_id, date_trunc('month', a.activity_date)::date,
               (date_trunc('month', a.activity_date) + interval '1 month')::date, '', sum(derived_measure_of(i.derived_measure, a)),
               'DERIVED', now()
        FROM indicator i
        JOIN activity a ON a.status = 'DONE'
             AND (cardinality(i.derived_activity_types) = 0 OR a.type_code = ANY (i.derived_activity_types))
             AND (cardinality(i.derived_programme_ids) = 0 OR EXISTS (
                   SELECT 1 FROM activity_programme ap WHERE ap.activity_id = a.id AND ap.programme_id = ANY (i.derived_programme_ids)))
        WHERE i.derived_measure IS NOT NULL
          AND (only_indicators IS NULL OR i.id = ANY (only_indicators))
        GROUP BY i.id, a.unit_id, date_trunc('month', a.activity_date);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
    END IF;

    -- Concurrent writes to the same unit-month serialise here (keys in a fixed order: no deadlock).
    PERFORM pg_advisory_xact_lock(hashtextextended('derived:' || k.u || ':' || k.m, 0))
    FROM (SELECT DISTINCT u, m FROM unnest(key_units, key_months) AS t (u, m) ORDER BY u, m) k;

    DELETE FROM data_value d
    USING (SELECT DISTINCT u, m FROM unnest(key_units, key_months) AS t (u, m)) k, indicator i
    WHERE i.derived_measure IS NOT NULL
      AND (only_indicators IS NULL OR i.id = ANY (only_indicators))
      AND d.indicator_id = i.id AND d.unit_id = k.u AND d.period_start = k.m AND d.category_option = '';
    INSERT INTO data_value (indicator_id, unit_id, period_start, period_end, category_option, value, source, updated_at)
    SELECT i.id, k.u, k.m, (k.m + interval '1 month')::date, '', sum(derived_measure_of(i.derived_measure, a)), 'DERIVED', now()
    FROM (SELECT DISTINCT u, m FROM unnest(key_units, key_months) AS t (u, m)) k
    JOIN activity a ON a.unit_id = k.u AND a.activity_date >= k.m AND a.activity_date < (k.m + interval '1 month')::date
         AND a.status = 'DONE'
    JOIN indicator i ON i.derived_measure IS NOT NULL
         AND (only_indicators IS NULL OR i.id = ANY (only_indicators))
         AND (cardinality(i.derived_activity_types) = 0 OR a.type_code = ANY (i.derived_activity_types))
         AND (cardinality(i.derived_programme_ids) = 0 OR EXISTS (
               SELECT 1 FROM activity_programme ap WHERE ap.activity_id = a.id AND ap.programme_id = ANY (i.derived_programme_ids)))
    GROUP BY i.id, k.u, k.m;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

-- One activity's contribution to a derived measure (the CASE of V7, shared by both paths).
CREATE OR REPLACE FUNCTION derived_measure_of(measure varchar, a activity) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE measure
               WHEN 'ACTIVITIES' THEN 1
               WHEN 'PARTICIPANTS' THEN coalesce(a.participants, 0)
               WHEN 'PARTICIPANTS_WOMEN' THEN coalesce(a.participants_women, 0)
               WHEN 'PARTICIPANTS_ETHNIC_MINORITY' THEN coalesce(a.participants_ethnic_minority, 0)
               WHEN 'BENEFICIARY_PEOPLE' THEN coalesce(a.beneficiary_people, 0)
               WHEN 'BENEFICIARY_HOUSEHOLDS' THEN coalesce(a.beneficiary_households, 0)
               WHEN 'COST' THEN coalesce(a.cost, 0)
               ELSE coalesce(a.funds, 0) END
$$;
