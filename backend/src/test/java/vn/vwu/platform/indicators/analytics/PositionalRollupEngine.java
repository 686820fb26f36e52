package vn.vwu.platform.indicators.analytics;

// The roll-up engine as it was before its statements took named parameters, kept only for RollupStatementParityTest.

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.indicators.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.indicators.TimeAggregation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Roll-ups of reported indicators over subtrees, computed in PostgreSQL at query time (no analytics
 * tables to rebuild: a value written is in the very next answer).
 *
 * <p>Rules. A reported value is its unit's own figure; a roll-up adds the figures of every unit in the
 * subtree, the unit itself included, so nothing is counted twice. Over time, per unit: SUM adds the periods,
 * AVERAGE averages them, LAST takes the unit's latest value in the period, and only units that still exist
 * at the end of the period (or of the target unit's life, if earlier) count, so a stock handed over in a
 * merger is not counted in both the old and the new unit.
 *
 * <p>Structure. As reported: the subtree as it stood at each value's period. Restated to date D: every
 * unit's figures follow its lineage forward to the units alive at D (WHOLE links carry all of it, PART links
 * their weight, equal shares when unknown) and are added in D's subtree; figures that passed through a PART
 * link are flagged as estimates. Units closed without successors (dissolved) have no place in D's structure.
 */

class PositionalRollupEngine {

    /** Per (indicator, target unit): the total, whether it contains apportioned figures, how many units contributed. */
    public record Total(BigDecimal value, boolean estimated, int units) {
    }

    /** One unit's time-aggregated figure under a target, or (leaf null) the target's total over `units` units. */
    public record Leaf(UUID indicatorId, UUID target, UUID leaf, BigDecimal value, boolean estimated, int units) {
    }

    private static final String TIME_AGG = """
            CASE i.time_aggregation WHEN 'SUM' THEN sum(x.value) WHEN 'AVERAGE' THEN avg(x.value)
                 ELSE (array_agg(x.value ORDER BY x.period_start DESC))[1] END""";

    /**
     * Flows (SUM over time) need no per-period step: one grouping per unit, no sort. `period_start < e` follows from
     * `period_end <= e` but is what bounds the key's range (period_end is only included in the key): without it,
     * every statement reading values ran on to the last period stored — 2023-Q3 nationally read 572,940 index
     * entries to keep 20,070 (0.8 s instead of ~40 ms when they were not all-visible). The same holds below.
     */
    private static final String AS_REPORTED_FLOWS = """
            SELECT d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, sum(d.value) AS value, false AS estimated
            FROM data_value d
            JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (?)
                 AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
            WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
            GROUP BY 1, 2, 3""";

    /**
     * AS_REPORTED_FLOWS for several periods at once (the months of a series): each value is counted in the period
     * that holds it, whose index (from 1) leads the row. A single period keeps the constant-bound form: given one
     * period through the arrays, this read Hà Nội's January–September 2025 in 63.6 ms against 58.1 (bench data).
     */
    private static final String AS_REPORTED_FLOWS_PERIODS = """
            SELECT q.k, d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, sum(d.value) AS value, false AS estimated
            FROM unnest(CAST(? AS date[]), CAST(? AS date[])) WITH ORDINALITY AS q (s, e, k)
            JOIN data_value d ON d.period_start >= q.s AND d.period_start < q.e AND d.period_end <= q.e
            JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (?)
                 AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
            WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
            GROUP BY 1, 2, 3, 4""";

    /**
     * Flows over whole years from the yearly partial sums, for units that stayed under the target for as much of
     * the year as they existed (a unit's values all fall within its own validity: the value rules refuse others);
     * units that changed place during a year while existing are read month by month for that year, and only
     * those closure rows reach data_value. So the 2025 reform, where communes ended on 30 June and new ones began
     * on 1 July, needs no monthly reading. Yearly sums are read per unit (value_year_unit_idx: one range per
     * unit and year, whatever the number of indicators).
     */
    private static final String AS_REPORTED_FLOWS_BY_YEAR = """
            SELECT indicator_id, target, leaf, sum(value) AS value, false AS estimated FROM (
              SELECT y.indicator_id, c.ancestor_id AS target, y.unit_id AS leaf, y.total AS value
              FROM value_year y
              JOIN unit u ON u.id = y.unit_id
              JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.ancestor_id = ANY (?)
                   AND c.valid_from <= GREATEST(make_date(y.year, 1, 1), u.valid_from)
                   AND c.valid_to >= LEAST(make_date(y.year + 1, 1, 1), coalesce(u.valid_to, 'infinity'::date))
              WHERE y.indicator_id = ANY (?) AND y.year >= ? AND y.year < ?
              UNION ALL
              SELECT d.indicator_id, c.ancestor_id, d.unit_id, d.value
              FROM unit_closure c
              JOIN unit u ON u.id = c.descendant_id
              CROSS JOIN LATERAL generate_series(CAST(? AS int), CAST(? AS int) - 1) AS yr (y)
              JOIN data_value d ON d.unit_id = c.descendant_id AND d.indicator_id = ANY (?)
                   AND d.period_start >= GREATEST(c.valid_from, make_date(yr.y, 1, 1))
                   AND d.period_start < LEAST(c.valid_to, make_date(yr.y + 1, 1, 1))
              WHERE c.ancestor_id = ANY (?) AND c.valid_from < make_date(yr.y + 1, 1, 1) AND c.valid_to > make_date(yr.y, 1, 1)
                AND NOT (c.valid_from <= GREATEST(make_date(yr.y, 1, 1), u.valid_from)
                         AND c.valid_to >= LEAST(make_date(yr.y + 1, 1, 1), coalesce(u.valid_to, 'infinity'::date)))
            ) parts
            GROUP BY 1, 2, 3""";

    /**
     * Totals per target of AS_REPORTED_FLOWS_BY_YEAR for a single year Y, in three disjoint parts grouped once each:
     * (a) yearly sums of units linked to the target for the whole year — nearly all of them, read without looking
     * at the unit; (b) yearly sums of units linked for only part of the year but for all of their own existence in
     * it (communes ending on 30 June or beginning on 1 July 2025); (c) month by month, units that changed place
     * while existing. A closure row spanning the whole year never needs (b) or (c), so both start from the few rows
     * that begin or end inside it, found once (`boundary`) as two index ranges: those beginning inside the year
     * (unit_closure_anc_idx), and those ending inside it having begun before (unit_closure_anc_to_idx, V19); read
     * twice by scanning every closure row of the targets, they took 3.5 of the national statement's 15 ms. In one
     * year a unit has at most one yearly sum per indicator under a target, so the units counted are the rows of (a)
     * and (b) plus the distinct units of (c). The national roll-up by
     * province: 46 -> 21 ms; a province's reform year: 104 -> 48 ms (bench database, statement alone).
     * Parameters: see {@link Kind#parameters}.
     */
    private static final String AS_REPORTED_FLOWS_ONE_YEAR_TOTALS = """
            WITH boundary AS MATERIALIZED (
              SELECT c.ancestor_id, c.descendant_id, c.valid_from, c.valid_to FROM unit_closure c
              WHERE c.ancestor_id = ANY (?) AND c.valid_from > CAST(? AS date) AND c.valid_from < CAST(? AS date)
              UNION ALL
              SELECT c.ancestor_id, c.descendant_id, c.valid_from, c.valid_to FROM unit_closure c
              WHERE c.ancestor_id = ANY (?) AND c.valid_to > CAST(? AS date) AND c.valid_to < CAST(? AS date) AND c.valid_from <= CAST(? AS date))
            SELECT indicator_id, target, CAST(NULL AS uuid), sum(value), false, sum(units) FROM (
              SELECT y.indicator_id, c.ancestor_id AS target, sum(y.total) AS value, count(*) AS units
              FROM value_year y
              JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.ancestor_id = ANY (?)
                   AND c.valid_from <= CAST(? AS date) AND c.valid_to >= CAST(? AS date)
              WHERE y.indicator_id = ANY (?) AND y.year = ?
              GROUP BY 1, 2
              UNION ALL
              SELECT y.indicator_id, c.ancestor_id, sum(y.total), count(*)
              FROM boundary c
              JOIN unit u ON u.id = c.descendant_id
              JOIN value_year y ON y.unit_id = c.descendant_id AND y.indicator_id = ANY (?) AND y.year = ?
              WHERE c.valid_from <= GREATEST(CAST(? AS date), u.valid_from)
                AND c.valid_to >= LEAST(CAST(? AS date), coalesce(u.valid_to, 'infinity'::date))
              GROUP BY 1, 2
              UNION ALL
              SELECT d.indicator_id, c.ancestor_id, sum(d.value), count(DISTINCT d.unit_id)
              FROM boundary c
              JOIN unit u ON u.id = c.descendant_id
              JOIN data_value d ON d.unit_id = c.descendant_id AND d.indicator_id = ANY (?)
                   AND d.period_start >= GREATEST(c.valid_from, CAST(? AS date)) AND d.period_start < LEAST(c.valid_to, CAST(? AS date))
              WHERE NOT (c.valid_from <= GREATEST(CAST(? AS date), u.valid_from)
                         AND c.valid_to >= LEAST(CAST(? AS date), coalesce(u.valid_to, 'infinity'::date)))
              GROUP BY 1, 2
            ) parts
            GROUP BY 1, 2""";

    private static final String AS_REPORTED = """
            WITH x AS (
              SELECT d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, d.period_start, sum(d.value) AS value
              FROM data_value d
              JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (?)
                   AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
              WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
              GROUP BY 1, 2, 3, 4)
            SELECT x.indicator_id, x.target, x.leaf, %s AS value, false AS estimated
            FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.leaf JOIN unit t ON t.id = x.target
            WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL
               OR u.valid_to >= LEAST(CAST(? AS date), coalesce(t.valid_to, CAST(? AS date)))
            GROUP BY x.indicator_id, x.target, x.leaf, i.time_aggregation""".formatted(TIME_AGG);

    /**
     * Stocks as reported: per unit under each target, its latest period in the query's range (summed over its
     * category options), found with two index probes per unit and indicator instead of reading every period.
     * Units closed before the end (of the period, or of the target's life) are left out before any value is
     * read. A unit with several closure rows under one target (moved inside it) counts once, by its latest value.
     * Indicators with no value at all in the range are dropped first (one probe each): a unit's probe for one of
     * them would read all of the unit's entries in the range (data_value_unit_idx is led by unit and period, the
     * order imports write in) to find nothing — Hà Nội's report: 60 -> 21 ms for this statement.
     */
    private static final String AS_REPORTED_LAST = """
            SELECT DISTINCT ON (ind.id, c.ancestor_id, c.descendant_id)
                   ind.id AS indicator_id, c.ancestor_id AS target, c.descendant_id AS leaf, lv.value, false AS estimated
            FROM unit_closure c
            JOIN unit u ON u.id = c.descendant_id
            JOIN unit t ON t.id = c.ancestor_id
            CROSS JOIN (SELECT i.id FROM unnest(CAST(? AS uuid[])) AS i (id)
                        WHERE EXISTS (SELECT 1 FROM data_value d WHERE d.indicator_id = i.id
                                      AND d.period_start >= CAST(? AS date) AND d.period_start < CAST(? AS date))
                        OFFSET 0) AS ind
            CROSS JOIN LATERAL (
              SELECT max(d.period_start) AS p FROM data_value d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id
                AND d.period_start >= GREATEST(c.valid_from, CAST(? AS date)) AND d.period_start < LEAST(c.valid_to, CAST(? AS date))
                AND d.period_end <= CAST(? AS date)) lp
            CROSS JOIN LATERAL (
              SELECT sum(d.value) AS value FROM data_value d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id AND d.period_start = lp.p) lv
            WHERE c.ancestor_id = ANY (?) AND c.valid_from < CAST(? AS date) AND c.valid_to > CAST(? AS date)
              AND (u.valid_to IS NULL OR u.valid_to >= LEAST(CAST(? AS date), coalesce(t.valid_to, CAST(? AS date))))
              AND lp.p IS NOT NULL
            ORDER BY ind.id, c.ancestor_id, c.descendant_id, lp.p DESC""";

    /**
     * AS_REPORTED_LAST for several periods at once (the months of a series), each as if alone; the period's index
     * (from 1) leads the row. Not used for a single period: with the period's bounds as constants the planner
     * hashes the unit look-ups, with them taken from the array it probes them one by one (stocks of the 63
     * provinces for 2023, statement alone: 143 vs 163 ms p50).
     */
    private static final String AS_REPORTED_LAST_PERIODS = """
            SELECT DISTINCT ON (q.k, ind.id, c.ancestor_id, c.descendant_id)
                   q.k, ind.id AS indicator_id, c.ancestor_id AS target, c.descendant_id AS leaf, lv.value, false AS estimated
            FROM unnest(CAST(? AS date[]), CAST(? AS date[])) WITH ORDINALITY AS q (s, e, k)
            JOIN unit_closure c ON c.ancestor_id = ANY (?) AND c.valid_from < q.e AND c.valid_to > q.s
            JOIN unit u ON u.id = c.descendant_id
            JOIN unit t ON t.id = c.ancestor_id
            CROSS JOIN (SELECT i.id FROM unnest(CAST(? AS uuid[])) AS i (id)
                        WHERE EXISTS (SELECT 1 FROM data_value d WHERE d.indicator_id = i.id
                                      AND d.period_start >= CAST(? AS date) AND d.period_start < CAST(? AS date))
                        OFFSET 0) AS ind
            CROSS JOIN LATERAL (
              SELECT max(d.period_start) AS p FROM data_value d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id
                AND d.period_start >= GREATEST(c.valid_from, q.s) AND d.period_start < LEAST(c.valid_to, q.e)
                AND d.period_end <= q.e) lp
            CROSS JOIN LATERAL (
              SELECT sum(d.value) AS value FROM data_value d
              WHERE d.indicator_id = ind.id AND d.unit_id = c.descendant_id AND d.period_start = lp.p) lv
            WHERE (u.valid_to IS NULL OR u.valid_to >= LEAST(q.e, coalesce(t.valid_to, q.e)))
              AND lp.p IS NOT NULL
            ORDER BY q.k, ind.id, c.ancestor_id, c.descendant_id, lp.p DESC""";

    /**
     * AS_REPORTED (averages) for several periods at once; the period's index (from 1) leads the row. A single
     * period keeps the constant-bound form (Hà Nội, January–September 2025: 75.2 ms against 90.2 through the arrays).
     */
    private static final String AS_REPORTED_PERIODS = """
            WITH x AS (
              SELECT q.k, q.e, d.indicator_id, c.ancestor_id AS target, d.unit_id AS leaf, d.period_start, sum(d.value) AS value
              FROM unnest(CAST(? AS date[]), CAST(? AS date[])) WITH ORDINALITY AS q (s, e, k)
              JOIN data_value d ON d.period_start >= q.s AND d.period_start < q.e AND d.period_end <= q.e
              JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.ancestor_id = ANY (?)
                   AND c.valid_from <= d.period_start AND c.valid_to > d.period_start
              WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
              GROUP BY 1, 2, 3, 4, 5, 6)
            SELECT x.k, x.indicator_id, x.target, x.leaf, %s AS value, false AS estimated
            FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.leaf JOIN unit t ON t.id = x.target
            WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL OR u.valid_to >= LEAST(x.e, coalesce(t.valid_to, x.e))
            GROUP BY x.k, x.indicator_id, x.target, x.leaf, i.time_aggregation""".formatted(TIME_AGG);

    private static final String RESTATED = """
            WITH map AS (SELECT src, dst, w FROM lineage_map WHERE as_of = ?),
            %s
            mapped AS (
              SELECT p.indicator_id, p.unit_id AS dst, p.value, 1::numeric AS w
              FROM per_unit p JOIN unit u ON u.id = p.unit_id
              WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to > ?)
              UNION ALL
              SELECT p.indicator_id, m.dst, p.value, m.w FROM per_unit p JOIN map m ON m.src = p.unit_id)
            SELECT m.indicator_id, c.ancestor_id AS target, m.dst AS leaf, sum(m.value * m.w) AS value, bool_or(m.w < 1) AS estimated
            FROM mapped m
            JOIN unit_closure c ON c.descendant_id = m.dst AND c.ancestor_id = ANY (?) AND c.valid_from <= ? AND c.valid_to > ?
            GROUP BY 1, 2, 3""";

    /** Per-unit figures over the period for the restated query: stocks and averages go period by period. */
    private static final String RESTATED_PER_UNIT = """
            x AS (
              SELECT d.indicator_id, d.unit_id, d.period_start, sum(d.value) AS value
              FROM data_value d
              WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
              GROUP BY 1, 2, 3),
            per_unit AS (
              SELECT x.indicator_id, x.unit_id, %s AS value
              FROM x JOIN indicator i ON i.id = x.indicator_id JOIN unit u ON u.id = x.unit_id
              WHERE i.time_aggregation <> 'LAST' OR u.valid_to IS NULL OR u.valid_to >= ?
              GROUP BY x.indicator_id, x.unit_id, i.time_aggregation),""".formatted(TIME_AGG);

    /** Flows need one grouping per unit. */
    private static final String RESTATED_PER_UNIT_FLOWS = """
            per_unit AS (
              SELECT d.indicator_id, d.unit_id, sum(d.value) AS value
              FROM data_value d
              WHERE d.indicator_id = ANY (?) AND d.period_start >= ? AND d.period_start < ? AND d.period_end <= ?
              GROUP BY 1, 2),""";

    /** Flows over whole years from the yearly partial sums: a unit's own figures do not depend on the structure. */
    private static final String RESTATED_PER_UNIT_FLOWS_BY_YEAR = """
            per_unit AS (
              SELECT y.indicator_id, y.unit_id, sum(y.total) AS value
              FROM value_year y
              WHERE y.indicator_id = ANY (?) AND y.year >= extract(year FROM CAST(? AS date))
                AND y.year < extract(year FROM CAST(? AS date))
              GROUP BY 1, 2),""";

    private static final String RESTATED_STOCKS_SQL = RESTATED.formatted(RESTATED_PER_UNIT);
    private static final String RESTATED_FLOWS_BY_YEAR_SQL = RESTATED.formatted(RESTATED_PER_UNIT_FLOWS_BY_YEAR);
    private static final String RESTATED_FLOWS_SQL = RESTATED.formatted(RESTATED_PER_UNIT_FLOWS);

    /** Units not alive at D, mapped forward through lineage onto units alive at D, with their weights. */
    private static final String COMPUTE_MAP = """
            INSERT INTO lineage_map (as_of, src, dst, w)
            WITH RECURSIVE edge AS (
              SELECT l.predecessor_id AS src, l.successor_id AS dst,
                     CASE WHEN l.share = 'WHOLE' THEN 1::numeric
                          ELSE coalesce(l.weight, 1::numeric / count(*) OVER (PARTITION BY l.predecessor_id)) END AS w
              FROM lineage l
              JOIN reorganization r ON r.id = l.reorganization_id
              JOIN unit p ON p.id = l.predecessor_id
              WHERE r.effective_date <= ? AND NOT (p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to > ?))),
            fwd (src, dst, w) AS (
              SELECT src, dst, w FROM edge
              UNION ALL
              SELECT f.src, e.dst, f.w * e.w FROM fwd f JOIN edge e ON e.src = f.dst)
            SELECT CAST(? AS date), f.src, f.dst, sum(f.w) FROM fwd f JOIN unit t ON t.id = f.dst
            WHERE t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to > ?)
            GROUP BY f.src, f.dst""";

    private final AgroalDataSource dataSource;
    private final java.util.concurrent.ThreadPoolExecutor pool;

    PositionalRollupEngine(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        // A statement goes to an idle pool thread or, when all are busy (a loaded server), runs at once in the
        // request's own thread: no queue, so no request waits behind another's statements.
        this.pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 60, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "rollup-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Figures of reported indicators under each target, as reported or restated to `structureAsOf`, one list per
     * period: per unit for the indicators in `perUnit` (counts of units need them), already summed per target for
     * the others (summing in the database spares shipping one row per unit). All the periods' statements (a
     * report and its comparison year) run side by side.
     */
    public List<List<Leaf>> leaves(Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<Period> periods,
                                   LocalDate structureAsOf, java.util.Set<UUID> perUnit, boolean approvedOnly) {
        if (structureAsOf != null && !indicators.isEmpty() && !targets.isEmpty()) {
            ensureMap(structureAsOf); // once per answer, not per period and statement
        }
        List<Callable<List<List<Leaf>>>> statements = new java.util.ArrayList<>(statements(indicators.stream().filter(i -> perUnit.contains(i.id)).toList(),
                targets, periods, structureAsOf, false, approvedOnly));
        statements.addAll(statements(indicators.stream().filter(i -> !perUnit.contains(i.id)).toList(), targets, periods, structureAsOf, true, approvedOnly));
        List<List<Leaf>> byPeriod = new java.util.ArrayList<>();
        periods.forEach(q -> byPeriod.add(new java.util.ArrayList<>()));
        for (List<List<Leaf>> result : runTogether(statements)) {
            for (int k = 0; k < periods.size(); k++) {
                byPeriod.get(k).addAll(result.get(k));
            }
        }
        return byPeriod;
    }

    /**
     * The statements of one answer are independent reads: all but the first go to the roll-up pool, the first runs
     * here, so a report's flows and stocks (and its comparison year) are computed side by side on the machine's
     * cores. A busy pool runs them here instead (see the constructor). Results come back in the statements' order.
     */
    private <T> List<T> runTogether(List<Callable<T>> statements) {
        List<java.util.concurrent.Future<T>> others = statements.stream().skip(1).map(pool::submit).toList();
        List<T> results = new java.util.ArrayList<>();
        try {
            if (!statements.isEmpty()) {
                results.add(statements.get(0).call());
            }
            for (java.util.concurrent.Future<T> f : others) {
                results.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("roll-up failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("roll-up interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("roll-up failed", e);
        } finally {
            others.forEach(f -> f.cancel(false)); // nothing left running for an answer that failed
        }
        return results;
    }

    /**
     * The statements for some periods, each answering one list of leaves per period. The sub-periods of a series
     * (the months of a year...), which read values rather than yearly sums, share one statement per rule (flows,
     * stocks, averages) instead of one per period and rule: a commune's twelve months were twelve statements of
     * ~0.5 ms planning for ~0.1 ms of work each, and a province's were twelve passes over its communes' index
     * ranges where one pass serves them all.
     */
    private List<Callable<List<List<Leaf>>>> statements(Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<Period> periods,
                                                        LocalDate structureAsOf, boolean totals, boolean approvedOnly) {
        List<Callable<List<List<Leaf>>>> statements = new java.util.ArrayList<>();
        if (indicators.isEmpty() || targets.isEmpty()) {
            return statements;
        }
        if (structureAsOf == null && periods.size() > 1 && periods.stream().noneMatch(q -> wholeYears(q, approvedOnly))) {
            // as many runs of consecutive periods as the pool has threads: a national series still uses every core
            Map<Kind, List<IndicatorEntity>> byRule = new java.util.LinkedHashMap<>();
            for (Kind kind : List.of(Kind.FLOWS_PERIODS, Kind.STOCKS_PERIODS, Kind.AVERAGES_PERIODS)) {
                List<IndicatorEntity> ruled = indicators.stream().filter(i -> i.timeAggregation == kind.rule).toList();
                if (!ruled.isEmpty()) {
                    byRule.put(kind, ruled);
                }
            }
            int runs = Math.min(periods.size(), pool.getMaximumPoolSize());
            for (int r = 0; r < runs; r++) {
                int from = r * periods.size() / runs;
                List<Period> some = periods.subList(from, (r + 1) * periods.size() / runs);
                byRule.forEach((kind, ruled) ->
                        statements.add(() -> placed(from, periods.size(), run(kind, ruled, targets, some, null, totals, approvedOnly))));
            }
            return statements;
        }
        for (int k = 0; k < periods.size(); k++) {
            int at = k;
            Period q = periods.get(k);
            kinds(indicators, q, structureAsOf, totals, approvedOnly).forEach((kind, some) ->
                    statements.add(() -> placed(at, periods.size(), run(kind, some, targets, List.of(q), structureAsOf, totals, approvedOnly))));
        }
        return statements;
    }

    /** Leaves of consecutive periods, placed from index `from` among `count` periods (none for the others). */
    private static List<List<Leaf>> placed(int from, int count, List<List<Leaf>> leaves) {
        List<List<Leaf>> byPeriod = new java.util.ArrayList<>(java.util.Collections.nCopies(count, List.<Leaf>of()));
        for (int k = 0; k < leaves.size(); k++) {
            byPeriod.set(from + k, leaves.get(k));
        }
        return byPeriod;
    }

    /** Yearly sums hold every reported value; approved-only roll-ups read the values themselves. */
    private static boolean wholeYears(Period q, boolean approvedOnly) {
        return !approvedOnly && q.start().getDayOfYear() == 1 && q.end().getDayOfYear() == 1;
    }

    /** Which statement computes which indicators over one period. */
    private Map<Kind, List<IndicatorEntity>> kinds(Collection<IndicatorEntity> indicators, Period q, LocalDate structureAsOf, boolean totals,
                                                   boolean approvedOnly) {
        boolean wholeYears = wholeYears(q, approvedOnly);
        List<IndicatorEntity> yearlySums = indicators.stream().filter(i -> wholeYears && i.timeAggregation == TimeAggregation.SUM
                && i.periodType.ordinal() < PeriodType.YEAR.ordinal()).toList();
        List<IndicatorEntity> flows = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.SUM && !yearlySums.contains(i)).toList();
        List<IndicatorEntity> stocks = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.LAST).toList();
        List<IndicatorEntity> averages = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.AVERAGE).toList();
        Map<Kind, List<IndicatorEntity>> kinds = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<Kind, List<IndicatorEntity>> add = (kind, some) -> {
            if (!some.isEmpty()) {
                kinds.put(kind, some);
            }
        };
        if (structureAsOf == null) {
            boolean oneYear = q.end().getYear() == q.start().getYear() + 1;
            add.accept(totals && oneYear ? Kind.FLOWS_ONE_YEAR_TOTALS : Kind.FLOWS_BY_YEAR, yearlySums);
            add.accept(Kind.FLOWS, flows);
            add.accept(Kind.STOCKS, stocks);
            add.accept(Kind.AVERAGES, averages);
        } else {
            add.accept(Kind.RESTATED_FLOWS_BY_YEAR, yearlySums);
            add.accept(Kind.RESTATED_FLOWS, flows);
            add.accept(Kind.RESTATED_STOCKS, java.util.stream.Stream.concat(stocks.stream(), averages.stream()).toList());
        }
        return kinds;
    }

    /** The roll-up statements, what each reads, and the order of their parameters. */
    private enum Kind {
        FLOWS_BY_YEAR(AS_REPORTED_FLOWS_BY_YEAR, true, false),
        FLOWS_ONE_YEAR_TOTALS(AS_REPORTED_FLOWS_ONE_YEAR_TOTALS, true, true),
        FLOWS(AS_REPORTED_FLOWS, false, false),
        FLOWS_PERIODS(AS_REPORTED_FLOWS_PERIODS, TimeAggregation.SUM),
        AVERAGES_PERIODS(AS_REPORTED_PERIODS, TimeAggregation.AVERAGE),
        STOCKS(AS_REPORTED_LAST, false, false),
        STOCKS_PERIODS(AS_REPORTED_LAST_PERIODS, TimeAggregation.LAST),
        AVERAGES(AS_REPORTED, false, false),
        RESTATED_FLOWS_BY_YEAR(RESTATED_FLOWS_BY_YEAR_SQL, true, false),
        RESTATED_FLOWS(RESTATED_FLOWS_SQL, false, false),
        RESTATED_STOCKS(RESTATED_STOCKS_SQL, false, false);

        final String sql;
        /** Reads yearly sums: a few thousand rows, where starting parallel workers costs more than it saves. */
        final boolean yearlySums;
        /** Already one row per target (no per-unit rows to add up). */
        final boolean totalsOnly;

        /** For the kinds that answer a series: the time aggregation of the indicators they compute. */
        final TimeAggregation rule;

        Kind(String sql, boolean yearlySums, boolean totalsOnly) {
            this.sql = sql;
            this.yearlySums = yearlySums;
            this.totalsOnly = totalsOnly;
            this.rule = null;
        }

        Kind(String sql, TimeAggregation rule) {
            this.sql = sql;
            this.yearlySums = false;
            this.totalsOnly = false;
            this.rule = rule;
        }

        /** Answers for several periods: their index (from 1) leads each row. */
        boolean series() {
            return rule != null;
        }

        /**
         * T targets, I indicators, s/e the start of the first period and the end of the last, d the restatement date;
         * in the order of the `?`s.
         */
        Object[] parameters(Connection c, java.sql.Array t, java.sql.Array i, List<Period> qs, LocalDate d) throws SQLException {
            LocalDate s = qs.get(0).start();
            LocalDate e = qs.get(qs.size() - 1).end();
            int y = s.getYear();
            return switch (this) {
                case FLOWS_PERIODS, AVERAGES_PERIODS -> new Object[]{starts(c, qs), ends(c, qs), t, i, s, e, e};
                case STOCKS_PERIODS -> new Object[]{starts(c, qs), ends(c, qs), t, i, s, e};
                case FLOWS_BY_YEAR -> new Object[]{t, i, y, e.getYear(), y, e.getYear(), i, t};
                case FLOWS_ONE_YEAR_TOTALS -> new Object[]{t, s, e, t, s, e, s,
                        t, s, e, i, y,
                        i, y, s, e,
                        i, s, e, s, e};
                case FLOWS -> new Object[]{t, i, s, e, e};
                case STOCKS -> new Object[]{i, s, e, s, e, e, t, e, s, e, e};
                case AVERAGES -> new Object[]{t, i, s, e, e, e, e};
                case RESTATED_FLOWS_BY_YEAR -> new Object[]{d, i, s, e, d, d, t, d, d};
                case RESTATED_FLOWS -> new Object[]{d, i, s, e, e, d, d, t, d, d};
                case RESTATED_STOCKS -> new Object[]{d, i, s, e, e, e, d, d, t, d, d};
            };
        }

        private static java.sql.Array starts(Connection c, List<Period> qs) throws SQLException {
            return c.createArrayOf("date", qs.stream().map(q -> q.start().toString()).toArray());
        }

        private static java.sql.Array ends(Connection c, List<Period> qs) throws SQLException {
            return c.createArrayOf("date", qs.stream().map(q -> q.end().toString()).toArray());
        }
    }

    /** One statement's leaves for each of the periods `qs` (one period unless the kind answers a series). */
    private List<List<Leaf>> run(Kind kind, Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<Period> qs,
                                 LocalDate structureAsOf, boolean totals, boolean approvedOnly) {
        String k = kind.series() ? "k, " : "";
        String statement = totals && !kind.totalsOnly
                ? "SELECT " + k + "indicator_id, target, CAST(NULL AS uuid), sum(value), bool_or(estimated), count(*) FROM ("
                + kind.sql + ") per_unit_figures GROUP BY 1, 2" + (kind.series() ? ", 3" : "") : kind.sql;
        if (approvedOnly) {
            statement = statement.replace("FROM data_value d", "FROM approved_value d").replace("JOIN data_value d", "JOIN approved_value d");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(statement);
             java.sql.Statement session = c.createStatement()) {
            // Roll-ups group 10^5 rows at national scale: let them hash in memory instead of spilling to disk.
            // one round trip for the session settings, one to reset them (a series is twelve statements)
            session.execute("SET work_mem = '64MB'" + (kind.yearlySums ? "; SET max_parallel_workers_per_gather = 0" : ""));
            // A generic (parameter-blind) plan is poor here: one target or seventy change the best join order.
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            Object[] parameters = kind.parameters(c, c.createArrayOf("uuid", targets.toArray()),
                    c.createArrayOf("uuid", indicators.stream().map(i -> i.id).toArray()), qs, structureAsOf);
            for (int p = 0; p < parameters.length; p++) {
                ps.setObject(p + 1, parameters[p]);
            }
            List<List<Leaf>> leaves = new java.util.ArrayList<>();
            qs.forEach(q -> leaves.add(new java.util.ArrayList<>()));
            try (ResultSet rs = ps.executeQuery()) {
                int at = kind.series() ? 1 : 0;
                while (rs.next()) {
                    leaves.get(kind.series() ? rs.getInt(1) - 1 : 0).add(new Leaf(rs.getObject(at + 1, UUID.class), rs.getObject(at + 2, UUID.class),
                            rs.getObject(at + 3, UUID.class), rs.getBigDecimal(at + 4), rs.getBoolean(at + 5), totals ? rs.getInt(at + 6) : 1));
                }
            } finally {
                session.execute("RESET work_mem; RESET max_parallel_workers_per_gather"); // the connection goes back to a shared pool
            }
            return leaves;
        } catch (SQLException e) {
            throw new IllegalStateException("roll-up failed", e);
        }
    }

    /**
     * Makes sure the lineage map of date D matches the current reorganisation version; recomputes it if not.
     * Serialised per date with an advisory lock, so concurrent requests (or replicas) compute it once.
     */
    void ensureMap(LocalDate d) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('lineage_map'), CAST(? AS date) - DATE '2000-01-01')");
                 PreparedStatement version = c.prepareStatement("SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM reorganization");
                 PreparedStatement state = c.prepareStatement("SELECT version FROM lineage_map_state WHERE as_of = ?")) {
                lock.setObject(1, d);
                lock.execute();
                String current;
                try (ResultSet rs = version.executeQuery()) {
                    rs.next();
                    current = rs.getString(1);
                }
                state.setObject(1, d);
                boolean fresh;
                try (ResultSet rs = state.executeQuery()) {
                    fresh = rs.next() && current.equals(rs.getString(1));
                }
                if (!fresh) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM lineage_map WHERE as_of = ?");
                         PreparedStatement compute = c.prepareStatement(COMPUTE_MAP);
                         PreparedStatement save = c.prepareStatement("INSERT INTO lineage_map_state (as_of, version) VALUES (?, ?)"
                                 + " ON CONFLICT (as_of) DO UPDATE SET version = EXCLUDED.version")) {
                        delete.setObject(1, d);
                        delete.executeUpdate();
                        for (int k = 1; k <= 6; k++) {
                            compute.setObject(k, d);
                        }
                        compute.executeUpdate();
                        save.setObject(1, d);
                        save.setString(2, current);
                        save.executeUpdate();
                    }
                    try (java.sql.Statement analyze = c.createStatement()) {
                        analyze.execute("ANALYZE lineage_map"); // a fresh map without statistics gets poor join plans
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage map for " + d + " could not be computed", e);
        }
    }

    /** Sums of leaves per indicator and target. */
    public static Map<UUID, Map<UUID, Total>> sum(List<Leaf> leaves) {
        Map<UUID, Map<UUID, Total>> totals = new HashMap<>();
        for (Leaf l : leaves) {
            totals.computeIfAbsent(l.indicatorId(), k -> new HashMap<>()).merge(l.target(), new Total(l.value(), l.estimated(), l.units()),
                    (a, b) -> new Total(a.value().add(b.value()), a.estimated() || b.estimated(), a.units() + b.units()));
        }
        return totals;
    }
}
