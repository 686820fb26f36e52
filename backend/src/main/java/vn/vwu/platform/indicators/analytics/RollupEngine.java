package vn.vwu.platform.indicators.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.indicators.catalogue.TimeAggregation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

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
 *
 * <p>This class decides which statements answer a question ({@link RollupStatement}, the catalogue of their SQL);
 * {@link RollupExecutor} runs them, {@link LineageMaps} keeps the lineage maps restatements read.
 */
@ApplicationScoped
class RollupEngine {

    /** Per (indicator, target unit): the total, whether it contains apportioned figures, how many units contributed. */
    public record Total(BigDecimal value, boolean estimated, int units) {
    }

    /** One unit's time-aggregated figure under a target, or (leaf null) the target's total over `units` units. */
    public record Leaf(UUID indicatorId, UUID target, UUID leaf, BigDecimal value, boolean estimated, int units) {
    }

    private final RollupExecutor executor;
    private final LineageMaps lineageMaps;

    RollupEngine(RollupExecutor executor, LineageMaps lineageMaps) {
        this.executor = executor;
        this.lineageMaps = lineageMaps;
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
            lineageMaps.ensure(structureAsOf); // once per answer, not per period and statement
        }
        List<Callable<List<List<Leaf>>>> statements = new java.util.ArrayList<>(statements(indicators.stream().filter(i -> perUnit.contains(i.id)).toList(),
                targets, periods, structureAsOf, false, approvedOnly));
        statements.addAll(statements(indicators.stream().filter(i -> !perUnit.contains(i.id)).toList(), targets, periods, structureAsOf, true, approvedOnly));
        List<List<Leaf>> byPeriod = new java.util.ArrayList<>();
        periods.forEach(q -> byPeriod.add(new java.util.ArrayList<>()));
        for (List<List<Leaf>> result : executor.runTogether(statements)) {
            for (int k = 0; k < periods.size(); k++) {
                byPeriod.get(k).addAll(result.get(k));
            }
        }
        return byPeriod;
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
            Map<RollupStatement, List<IndicatorEntity>> byRule = new java.util.LinkedHashMap<>();
            for (RollupStatement kind : List.of(RollupStatement.FLOWS_PERIODS, RollupStatement.STOCKS_PERIODS, RollupStatement.AVERAGES_PERIODS)) {
                List<IndicatorEntity> ruled = indicators.stream().filter(i -> i.timeAggregation == kind.rule).toList();
                if (!ruled.isEmpty()) {
                    byRule.put(kind, ruled);
                }
            }
            int runs = Math.min(periods.size(), executor.width());
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
    private Map<RollupStatement, List<IndicatorEntity>> kinds(Collection<IndicatorEntity> indicators, Period q, LocalDate structureAsOf, boolean totals,
                                                   boolean approvedOnly) {
        boolean wholeYears = wholeYears(q, approvedOnly);
        List<IndicatorEntity> yearlySums = indicators.stream().filter(i -> wholeYears && i.timeAggregation == TimeAggregation.SUM
                && i.periodType.ordinal() < PeriodType.YEAR.ordinal()).toList();
        List<IndicatorEntity> flows = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.SUM && !yearlySums.contains(i)).toList();
        List<IndicatorEntity> stocks = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.LAST).toList();
        List<IndicatorEntity> averages = indicators.stream().filter(i -> i.timeAggregation == TimeAggregation.AVERAGE).toList();
        Map<RollupStatement, List<IndicatorEntity>> kinds = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<RollupStatement, List<IndicatorEntity>> add = (kind, some) -> {
            if (!some.isEmpty()) {
                kinds.put(kind, some);
            }
        };
        if (structureAsOf == null) {
            boolean oneYear = q.end().getYear() == q.start().getYear() + 1;
            add.accept(totals && oneYear ? RollupStatement.FLOWS_ONE_YEAR_TOTALS : RollupStatement.FLOWS_BY_YEAR, yearlySums);
            add.accept(RollupStatement.FLOWS, flows);
            add.accept(RollupStatement.STOCKS, stocks);
            add.accept(RollupStatement.AVERAGES, averages);
        } else {
            add.accept(RollupStatement.RESTATED_FLOWS_BY_YEAR, yearlySums);
            add.accept(RollupStatement.RESTATED_FLOWS, flows);
            add.accept(RollupStatement.RESTATED_STOCKS, java.util.stream.Stream.concat(stocks.stream(), averages.stream()).toList());
        }
        return kinds;
    }

    private List<List<Leaf>> run(RollupStatement statement, Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<Period> qs,
                                 LocalDate structureAsOf, boolean totals, boolean approvedOnly) {
        return executor.run(new RollupExecutor.Job(statement, indicators.stream().map(i -> i.id).toList(), List.copyOf(targets), qs,
                structureAsOf, totals, approvedOnly));
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
