package vn.vwu.platform.indicators.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.catalogue.Terms;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.indicators.analytics.AchievementReport.TargetSource;
import vn.vwu.platform.units.UnitRef;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class AchievementService {

    private final FigureCalculator calculator;
    private final AnalyticsService analytics;
    private final EntityManager em;
    private final VwuConfig config;

    public AchievementService(FigureCalculator calculator, AnalyticsService analytics, EntityManager em, VwuConfig config) {
        this.calculator = calculator;
        this.analytics = analytics;
        this.em = em;
        this.config = config;
    }

    /**
     * The period whose targets the figures are measured against: the report's own, or (`targetPeriod`) one containing
     * it — the "9-month review" measures January–September against the year's targets (progress to date).
     */
    static Period targetPeriod(String code, Period period) {
        if (code == null || code.isBlank()) {
            return period;
        }
        Period t = Period.parse("targetPeriod", code, false);
        if (t.start().isAfter(period.start()) || t.end().isBefore(period.end())) {
            throw ProblemException.rule("targetPeriod", t.code() + " does not contain " + period.code()
                    + ": give a target period that contains the report's period, such as its year");
        }
        return t;
    }

    AchievementReport report(AnalyticsRequest r, Period targetPeriod) {
        UUID unit = r.unit().id;
        List<IndicatorEntity> indicators = r.indicators().isEmpty()
                ? IndicatorEntity.<IndicatorEntity>list("active = true order by code")
                        .stream().filter(i -> r.period().type() == PeriodType.RANGE || i.periodType.ordinal() <= r.period().type().ordinal()).toList()
                : r.indicators();
        Period previousPeriod = r.period().previousYear();
        boolean existedBefore = r.structureAsOf() != null || r.unit().validFrom.isBefore(previousPeriod.end());
        // The period and its comparison year in one go: their roll-ups run side by side.
        List<Map<UUID, Map<UUID, Figure>>> figures = calculator.compute(indicators, List.of(unit),
                existedBefore ? List.of(r.period(), previousPeriod) : List.of(r.period()), r.structureAsOf(), r.approvedOnly());
        Map<UUID, Figure> actual = column(figures.get(0), unit);
        Map<UUID, Figure> previous = existedBefore ? column(figures.get(1), unit) : Map.of();
        Map<UUID, BigDecimal> explicit = targets(List.of(unit), targetPeriod).getOrDefault(unit, Map.of());
        List<UUID> children = analytics.children(r).stream().map(UnitRef::id).toList();
        Map<UUID, Map<UUID, BigDecimal>> childTargets = targets(children, targetPeriod);

        List<AchievementReport.Row> rows = new ArrayList<>();
        Map<AchievementStatus, Integer> counts = new EnumMap<>(AchievementStatus.class);
        for (IndicatorEntity i : indicators) {
            Figure a = actual.getOrDefault(i.id, Figure.NONE);
            BigDecimal target = explicit.get(i.id);
            TargetSource source = target == null ? null : TargetSource.EXPLICIT;
            if (target == null) {
                BigDecimal sum = null;
                for (Map<UUID, BigDecimal> t : childTargets.values()) {
                    if (t.containsKey(i.id)) {
                        sum = sum == null ? t.get(i.id) : sum.add(t.get(i.id));
                    }
                }
                if (sum != null && !FigureCalculator.isComputed(i)) { // a sum of children's percentages means nothing
                    target = sum;
                    source = TargetSource.CHILDREN_SUM;
                }
            }
            if (r.indicators().isEmpty() && a.value() == null && target == null) {
                continue; // the default report lists indicators with a target or data
            }
            Achievement ach = Achievement.of(a.value(), target, i.higherIsBetter, config.achievement().partialThreshold());
            counts.merge(ach.status(), 1, Integer::sum);
            BigDecimal prev = previous.getOrDefault(i.id, Figure.NONE).value();
            BigDecimal change = prev == null || a.value() == null ? null : a.value().subtract(prev);
            BigDecimal changePercent = change == null || prev.signum() == 0 ? null
                    : change.multiply(BigDecimal.valueOf(100)).divide(prev.abs(), 1, RoundingMode.HALF_UP);
            rows.add(new AchievementReport.Row(i.code, i.name, i.unitOfMeasure, Terms.measure(i.unitOfMeasure), a.value(), strip(target), source, ach.percent(), ach.status(),
                    prev, change, changePercent, a.estimated()));
        }
        return new AchievementReport(new UnitRef(r.unit().id, r.unit().code, r.unit().name, r.unit().level), r.period().code(),
                targetPeriod.code(), r.structureAsOf(), summary(rows.size(), counts), rows);
    }

    private static AchievementReport.Summary summary(int total, Map<AchievementStatus, Integer> c) {
        int exceeded = c.getOrDefault(AchievementStatus.EXCEEDED, 0);
        int met = c.getOrDefault(AchievementStatus.MET, 0);
        int partial = c.getOrDefault(AchievementStatus.PARTIAL, 0);
        int notMet = c.getOrDefault(AchievementStatus.NOT_MET, 0);
        int noTarget = c.getOrDefault(AchievementStatus.NO_TARGET, 0);
        int noData = c.getOrDefault(AchievementStatus.NO_DATA, 0);
        String vi = total + " chỉ tiêu: " + exceeded + " vượt, " + met + " đạt, " + partial + " đạt từ 50% trở lên, " + notMet + " chưa đạt"
                + (noTarget > 0 ? ", " + noTarget + " chưa giao chỉ tiêu" : "") + (noData > 0 ? ", " + noData + " chưa có số liệu" : "");
        String en = total + " indicators: " + exceeded + " exceeded, " + met + " met, " + partial + " at 50% or more, " + notMet + " not met"
                + (noTarget > 0 ? ", " + noTarget + " without target" : "") + (noData > 0 ? ", " + noData + " without data" : "");
        return new AchievementReport.Summary(total, exceeded, met, partial, notMet, noTarget, noData, vi, en);
    }

    /** Explicit targets: unit → indicator → value, for exactly this period. */
    private Map<UUID, Map<UUID, BigDecimal>> targets(List<UUID> units, Period p) {
        Map<UUID, Map<UUID, BigDecimal>> result = new HashMap<>();
        if (units.isEmpty() || p.type() == PeriodType.RANGE) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT unit_id, indicator_id, value FROM target WHERE unit_id IN (:units)"
                        + " AND period_type = :t AND period_start = :s AND period_end = :e", Tuple.class)
                .setParameter("units", units).setParameter("t", p.type().name()).setParameter("s", p.start()).setParameter("e", p.end())
                .getResultList();
        for (Tuple t : rows) {
            result.computeIfAbsent(Rows.uuid(t, "unit_id"), k -> new HashMap<>()).put(Rows.uuid(t, "indicator_id"), Rows.decimal(t, "value"));
        }
        return result;
    }

    private static Map<UUID, Figure> column(Map<UUID, Map<UUID, Figure>> figures, UUID unit) {
        Map<UUID, Figure> column = new HashMap<>();
        figures.forEach((indicator, byUnit) -> column.put(indicator, byUnit.getOrDefault(unit, Figure.NONE)));
        return column;
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }
}
