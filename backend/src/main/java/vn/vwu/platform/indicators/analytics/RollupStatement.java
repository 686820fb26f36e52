package vn.vwu.platform.indicators.analytics;

import vn.vwu.platform.common.db.NamedSql;
import vn.vwu.platform.indicators.catalogue.TimeAggregation;

/**
 * The roll-up statements: what each computes, and its SQL with named parameters — {@code :targets} and
 * {@code :indicators} (uuid arrays), {@code :start} and {@code :end} (the start of the first period and the end of the
 * last), {@code :startYear} and {@code :endYear}, {@code :asOf} (the restatement date), {@code :starts} and
 * {@code :ends} (date arrays, one entry per period of a series).
 *
 * <p>Every read of reported values goes through {@value #VALUES}: the executor puts {@code data_value} there, or
 * {@code approved_value} for approved-only roll-ups. Statements that read the yearly partial sums (value_year, which
 * hold every value, approved or not) are marked {@link #yearlySums} and are never used for approved-only roll-ups.
 */
enum RollupStatement {

    /**
     * Flows over whole years from the yearly partial sums, for units that stayed under the target for as much of the
     * year as they existed (a unit's values all fall within its own validity: the value rules refuse others). Units
     * that changed place during a year while existing are read month by month for that year, and only those closure
     * rows reach the values: the 2025 reform, where communes ended on 30 June and new ones began on 1 July, needs no
     * monthly reading. Yearly sums are read per unit (value_year_unit_idx: one range per unit and year, whatever the
     * number of indicators).
     */
    FLOWS_BY_YEAR("""
            SELECT indicator_id, target, leaf, sum(value) AS value, false AS estimated FROM (
              SELECT y.indicator_id, c.ancestor_id AS target, y.unit_id AS leaf, y.total AS value
              FROM value_year y
              JOIN unit u ON u.id = y.unit_id
              JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.ancestor_id = ANY (:targets)
                   AND c.valid_from <= GREATEST(make_date(y.year, 1, 1), u.valid_from)
                   AND c.valid_to >= LEAST(make_date(y.year + 1, 1, 1), coalesce(u.valid_to, 'infinity'::date))
              WHERE y.indicator_id = ANY (:indicators) AND y.year >= :startYear AND y.year < :endYear
              UNION ALL
              SELECT d.indicator_id, c.ancestor_id, d.unit_id, d.value
              FROM unit_closure c
              JOIN unit u ON u.id = c.descendant_id
              CROSS JOIN LATERAL generate_series(CAST(:startYear AS int), CAST(:endYear AS int) - 1) AS yr (y)
              JOIN {values} d ON d.unit_id = c.descendant_id AND d.indicator_id = ANY (:indicators)
                   AND d.period_start >= GREATEST(c.valid_from, make_date(yr.y, 1, 1))
                   AND d.period_start < LEAST(c.valid_to, make_date(yr.y + 1, 1, 1))
              WHERE c.ancestor_id = ANY (:targets) AND c.valid_from < make_date(yr.y + 1, 1, 1) AND c.valid_to > make_date(yr.y, 1, 1)
                AND NOT (c.valid_from <= GREATEST(make_date(yr.y, 1, 1), u.valid_from)
                         AND c.valid_to >= LEAST(make_date(yr.y + 1, 1, 1), coalesce(u.valid_to, 'infinity'::date)))
            ) parts
            GROUP BY 1, 2, 3""", true, false, null),

    /**
     * Totals per target of FLOWS_BY_YEAR for a single year, in three disjoint parts grouped once each: (a) yearly sums
     * of units linked to the target for the whole year (nearly all of them), read without looking at the unit; (b)
     * yearly sums of units linked for only part of the year but for all of their own existence in it; (c) month by
     * month, units that changed place while existing. A closure row spanning the whole year never needs (b) or (c), so
     * both start from the few rows that begin or end inside it, found once ({@code boundary}) as two index ranges
     * (unit_closure_anc_idx, unit_closure_anc_to_idx). In one year a unit has at most one yearly sum per indicator
     * under a target, so the units counted are the rows of (a) and (b) plus the distinct units of (c).
     */
    FLOWS_ONE_YEAR_TOTALS("""
            WITH boundary AS MATERIALIZED (
              SELECT c.ancestor_id, c.descendant_id, c.valid_from, c.valid_to FROM unit_closure c
              WHERE c.ancestor_id = ANY (:targets) AND c.valid_from > CAST(:start AS date) AND c.valid_from < CAST(:end AS date)
              UNION ALL
              SELECT c.ancestor_id, c.descendant_id, c.valid_from, c.valid_to FROM unit_closure c
              WHERE c.ancestor_id = ANY (:targets) AND c.valid_to > CAST(:start AS date) AND c.valid_to < CAST(:end AS date) AND c.valid_from <= CAST(:start AS date))
            SELECT indicator_id, target, CAST(NULL AS uuid), sum(value), false, sum(units) FROM (
              SELECT y.indicator_id, c.ancestor_id AS target, sum(y.total) AS value, count(*) AS units
              FROM value_year y
              JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.ancestor_id = ANY (:targets)
                   AND c.valid_from <= CAST(:start AS date) AND c.valid_to >= CAST(:end AS date)
              WHERE y.indicator_id = ANY (:indicators) AND y.year = :startYear
              GROUP BY 1, 2
              UNION ALL
              SELECT y.indicator_id, c.ancestor_id, sum(y.total), count(*)
              FROM boundary c
              JOIN unit u ON u.id = c.descendant_id
              JOIN value_year y ON y.unit_id = c.descendant_id AND y.indicator_id = ANY (:indicators) AND y.year = :startYear
              WHERE c.valid_from <= GREATEST(CAST(:start AS date), u.valid_from)
                AND c.valid_to >= LEAST(CAST(:end AS date), coalesce(u.valid_to, 'infinity'::date))
              GROUP BY 1, 2
              UNION ALL
              SELECT d.indicator_id, c.ancestor_id, sum(d.value), count(DISTINCT d.unit_id)
              FROM boundary c
              JOIN unit u ON u.id = c.descendant_id
              JOIN {values} d ON d.unit_id = c.descendant_id AND d.indicator_id = ANY (:indicators)
                   AND d.period_start >= GREATEST(c.valid_from, CAST(:start AS date)) AND d.period_start < LEAST(c.valid_to, CAST(:end AS date))
              WHERE NOT (c.valid_from <= GREATEST(CAST(:start AS date), u.valid_from)
                         AND c.valid_to >= LEAST(CAST(:end AS date), coalesce(u.valid_to, 'infinity'::date)))
              GROUP BY 1, 2
            ) parts
            GROUP BY 1, 2""", true, true, null),

    /**
     * Flows (SUM over time) as reported: one grouping per unit, no sort. {@code period_start < :end} follows from
     * {@code period_end <= :end} but is what bounds the index range (period_end is only included in the key): without
     * it a statement reads on to the last period stored. The same holds below.
     */
    FLOWS("""
            SELECT d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, sum(d.value) AS value, false AS estimated
            FROM {values} d
            JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (:targets)
                 AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
            WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
            GROUP BY 1, 2, 3""", false, false, null),

    /**
     * FLOWS for several periods at once (the months of a series): each value is counted in the period that holds it,
     * whose index (from 1) leads the row. A single period keeps FLOWS, whose constant bounds plan better.
     */
    FLOWS_PERIODS("""
            SELECT q.k, d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, sum(d.value) AS value, false AS estimated
            FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[])) WITH ORDINALITY AS q (s, e, k)
            JOIN {values} d ON d.period_start >= q.s AND d.period_start < q.e AND d.period_end <= q.e
            JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (:targets)
                 AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
            WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
            GROUP BY 1, 2, 3, 4""", false, false, TimeAggregation.SUM),

    /**
     * Stocks as reported: per unit under each target, its latest period in the range (summed over its category
     * options), found with two index probes per unit and indicator instead of reading every period. Units closed
     * before the end (of the period, or of the target's life) are left out before any value is read. A unit with
     * several closure rows under one target (moved inside it) counts once, by its latest value. Indicators with no
     * value at all in the range are dropped first (one probe each): a unit's probe for one of them would read all of
     * the unit's entries in the range (data_value_unit_idx is led by unit and period, the order imports write in).
     */
    STOCKS("""
            SELECT DISTINCT ON (ind.id, c.ancestor_id, c.descendant_id)
                   ind.id AS indicator_id, c.ancestor_id AS target, c.descendant_id AS leaf, lv.value, false AS estimated
            FROM unit_closure c
            JOIN unit u ON u.id = c.descendant_id
            JOIN unit t ON t.id = c.ancestor_id
            CROSS JOIN (SELECT i.id FROM unnest(CAST(:indicators AS uuid[])) AS i (id)
                        WHERE EXISTS (SELECT 1 FROM {values} d WHERE d.indicator_id = i.id
                                      AND d.period_start >= CAST(:start AS date) AND d.period_start < CAST(:end AS date))
                        OFFSET 0) AS ind
            CROSS JOIN LATERAL (
              SELECT max(d.period_start) AS p FROM {values} d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id
                AND d.period_start >= GREATEST(c.valid_from, CAST(:start AS date)) AND d.period_start < LEAST(c.valid_to, CAST(:end AS date))
                AND d.period_end <= CAST(:end AS date)) lp
            CROSS JOIN LATERAL (
              SELECT sum(d.value) AS value FROM {values} d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id AND d.period_start = lp.p) lv
            WHERE c.ancestor_id = ANY (:targets) AND c.valid_from < CAST(:end AS date) AND c.valid_to > CAST(:start AS date)
              AND (u.valid_to IS NULL OR u.valid_to >= LEAST(CAST(:end AS date), coalesce(t.valid_to, CAST(:end AS date))))
              AND lp.p IS NOT NULL
            ORDER BY ind.id, c.ancestor_id, c.descendant_id, lp.p DESC""", false, false, null),

    /**
     * STOCKS for several periods at once, each as if alone; the period's index (from 1) leads the row. A single period
     * keeps STOCKS: with the bounds as constants the planner hashes the unit look-ups instead of probing them.
     */
    STOCKS_PERIODS("""
            SELECT DISTINCT ON (q.k, ind.id, c.ancestor_id, c.descendant_id)
                   q.k, ind.id AS indicator_id, c.ancestor_id AS target, c.descendant_id AS leaf, lv.value, false AS estimated
            FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[])) WITH ORDINALITY AS q (s, e, k)
            JOIN unit_closure c ON c.ancestor_id = ANY (:targets) AND c.valid_from < q.e AND c.valid_to > q.s
            JOIN unit u ON u.id = c.descendant_id
            JOIN unit t ON t.id = c.ancestor_id
            CROSS JOIN (SELECT i.id FROM unnest(CAST(:indicators AS uuid[])) AS i (id)
                        WHERE EXISTS (SELECT 1 FROM {values} d WHERE d.indicator_id = i.id
                                      AND d.period_start >= CAST(:start AS date) AND d.period_start < CAST(:end AS date))
                        OFFSET 0) AS ind
            CROSS JOIN LATERAL (
              SELECT max(d.period_start) AS p FROM {values} d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id
                AND d.period_start >= GREATEST(c.valid_from, q.s) AND d.period_start < LEAST(c.valid_to, q.e)
                AND d.period_end <= q.e) lp
            CROSS JOIN LATERAL (
              SELECT sum(d.value) AS value FROM {values} d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id AND d.period_start = lp.p) lv
            WHERE (u.valid_to IS NULL OR u.valid_to >= LEAST(q.e, coalesce(t.valid_to, q.e)))
              AND lp.p IS NOT NULL
            ORDER BY q.k, ind.id, c.ancestor_id, c.descendant_id, lp.p DESC""", false, false, TimeAggregation.LAST),

    /** Averages as reported: per unit, each period's figure, then their average. */
    AVERAGES(("""
            WITH x AS (
              SELECT d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, d.period_start, sum(d.value) AS value
              FROM {values} d
              JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (:targets)
                   AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
              WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
              GROUP BY 1, 2, 3, 4)
            SELECT x.indicator_id, x.target, x.leaf, %s AS value, false AS estimated
            FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.leaf JOIN unit t ON t.id = x.target
            WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL
               OR u.valid_to >= LEAST(CAST(:end AS date), coalesce(t.valid_to, CAST(:end AS date)))
            GROUP BY x.indicator_id, x.target, x.leaf, i.time_aggregation""").formatted(Rules.TIME_AGGREGATION), false, false, null),

    /** AVERAGES for several periods at once; the period's index (from 1) leads the row. */
    AVERAGES_PERIODS(("""
            WITH x AS (
              SELECT q.k, q.e, d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, d.period_start, sum(d.value) AS value
              FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[])) WITH ORDINALITY AS q (s, e, k)
              JOIN {values} d ON d.period_start >= q.s AND d.period_start < q.e AND d.period_end <= q.e
              JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (:targets)
                   AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
              WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
              GROUP BY 1, 2, 3, 4, 5, 6)
            SELECT x.k, x.indicator_id, x.target, x.leaf, %s AS value, false AS estimated
            FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.leaf JOIN unit t ON t.id = x.target
            WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL OR u.valid_to >= LEAST(x.e, coalesce(t.valid_to, x.e))
            GROUP BY x.k, x.indicator_id, x.target, x.leaf, i.time_aggregation""").formatted(Rules.TIME_AGGREGATION), false, false, TimeAggregation.AVERAGE),

    /** Flows over whole years restated: a unit's own yearly sums do not depend on the structure. */
    RESTATED_FLOWS_BY_YEAR(Rules.restated("""
            per_unit AS (
              SELECT y.indicator_id, y.unit_id, sum(y.total) AS value
              FROM value_year y
              WHERE y.indicator_id = ANY (:indicators) AND y.year >= extract(year FROM CAST(:start AS date))
                AND y.year < extract(year FROM CAST(:end AS date))
              GROUP BY 1, 2),"""), true, false, null),

    /** Flows restated: one grouping per unit, then mapped forward. */
    RESTATED_FLOWS(Rules.restated("""
            per_unit AS (
              SELECT d.indicator_id, d.unit_id, sum(d.value) AS value
              FROM {values} d
              WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
              GROUP BY 1, 2),"""), false, false, null),

    /** Stocks and averages restated: period by period per unit, then mapped forward. */
    RESTATED_STOCKS(Rules.restated(("""
            x AS (
              SELECT d.indicator_id, d.unit_id, d.period_start, sum(d.value) AS value
              FROM {values} d
              WHERE d.indicator_id = ANY (:indicators) AND d.period_start >= :start AND d.period_start < :end AND d.period_end <= :end
              GROUP BY 1, 2, 3),
            per_unit AS (
              SELECT x.indicator_id, x.unit_id, %s AS value
              FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.unit_id
              WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL OR u.valid_to >= :end
              GROUP BY x.indicator_id, x.unit_id, i.time_aggregation),""").formatted(Rules.TIME_AGGREGATION)), false, false, null);

    /** Where a statement reads reported values: {@code data_value}, or {@code approved_value} for approved-only roll-ups. */
    static final String VALUES = "{values}";

    final NamedSql sql;
    /** Reads yearly sums: a few thousand rows, where starting parallel workers costs more than it saves. */
    final boolean yearlySums;
    /** Already one row per target (no per-unit rows to add up). */
    final boolean totalsOnly;
    /** For the statements that answer a series: the time aggregation of the indicators they compute. */
    final TimeAggregation rule;

    RollupStatement(String sql, boolean yearlySums, boolean totalsOnly, TimeAggregation rule) {
        this.sql = NamedSql.compile(sql);
        this.yearlySums = yearlySums;
        this.totalsOnly = totalsOnly;
        this.rule = rule;
    }

    /** Answers for several periods: their index (from 1) leads each row. */
    boolean series() {
        return rule != null;
    }

    /** Pieces the statements share. */
    private static final class Rules {

        /** One unit's figure over time from its per-period figures x.value: by the indicator's time aggregation. */
        static final String TIME_AGGREGATION = """
                CASE i.time_aggregation WHEN 'SUM' THEN sum(x.value) WHEN 'AVERAGE' THEN avg(x.value)
                     ELSE (array_agg(x.value ORDER BY x.period_start DESC))[1] END""";

        /**
         * Restated to :asOf: per-unit figures (the CTE {@code per_unit}, given) of units alive at :asOf stay theirs;
         * those of other units follow the lineage map forward, weighted; then they are added in :asOf's subtree.
         */
        static String restated(String perUnit) {
            return ("""
                    WITH map AS (SELECT src, dst, w FROM lineage_map WHERE as_of = :asOf),
                    %s
                    mapped AS (
                      SELECT p.indicator_id, p.unit_id AS dst, p.value, 1::numeric AS w
                      FROM per_unit p JOIN unit u ON u.id = p.unit_id
                      WHERE u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to > :asOf)
                      UNION ALL
                      SELECT p.indicator_id, m.dst, p.value, m.w FROM per_unit p JOIN map m ON m.src = p.unit_id)
                    SELECT m.indicator_id, c.ancestor_id AS target, m.dst AS leaf, sum(m.value * m.w) AS value, bool_or(m.w < 1) AS estimated
                    FROM mapped m
                    JOIN unit_closure c ON c.descendant_id = m.dst AND c.ancestor_id = ANY (:targets) AND c.valid_from <= :asOf AND c.valid_to > :asOf
                    GROUP BY 1, 2, 3""").formatted(perUnit);
        }
    }
}
