package vn.vwu.platform.indicators.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.catalogue.UnitAggregation;
import vn.vwu.platform.indicators.catalogue.ValueType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures of any indicator for a set of units and a period: SUM from the roll-up, RATIO recomputed from the
 * summed numerator and denominator (never an average of percentages), COUNT_UNITS as the number of
 * reporting units in the subtree whose own figure meets the condition. One roll-up query per call.
 */
@ApplicationScoped
class FigureCalculator {

    private final RollupEngine engine;

    public FigureCalculator(RollupEngine engine) {
        this.engine = engine;
    }

    /** indicator id → target unit → figure. */
    public Map<UUID, Map<UUID, Figure>> compute(Collection<IndicatorEntity> indicators, Collection<UUID> targets, Period q, LocalDate structureAsOf,
                                               boolean approvedOnly) {
        return compute(indicators, targets, List.of(q), structureAsOf, approvedOnly).get(0);
    }

    /** The same for several periods, computed together (one list per period, in order). */
    public List<Map<UUID, Map<UUID, Figure>>> compute(Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<Period> periods,
                                                     LocalDate structureAsOf, boolean approvedOnly) {
        Map<UUID, IndicatorEntity> base = new LinkedHashMap<>();
        for (IndicatorEntity i : indicators) {
            switch (i.unitAggregation) {
                case SUM -> base.put(i.id, i);
                case RATIO -> {
                    base.put(i.numeratorId, IndicatorEntity.findById(i.numeratorId));
                    base.put(i.denominatorId, IndicatorEntity.findById(i.denominatorId));
                }
                case COUNT_UNITS -> base.put(i.numeratorId, IndicatorEntity.findById(i.numeratorId));
            }
        }
        java.util.Set<UUID> perUnit = new java.util.HashSet<>();
        indicators.stream().filter(i -> i.unitAggregation == UnitAggregation.COUNT_UNITS).forEach(i -> perUnit.add(i.numeratorId));
        List<Map<UUID, Map<UUID, Figure>>> results = new java.util.ArrayList<>();
        for (List<RollupEngine.Leaf> leaves : engine.leaves(base.values(), targets, periods, structureAsOf, perUnit, approvedOnly)) {
            results.add(figures(indicators, targets, leaves));
        }
        return results;
    }

    private static Map<UUID, Map<UUID, Figure>> figures(Collection<IndicatorEntity> indicators, Collection<UUID> targets, List<RollupEngine.Leaf> leaves) {
        Map<UUID, Map<UUID, RollupEngine.Total>> sums = RollupEngine.sum(leaves);
        Map<UUID, Map<UUID, Figure>> result = new HashMap<>();
        for (IndicatorEntity i : indicators) {
            Map<UUID, Figure> byTarget = new HashMap<>();
            for (UUID t : targets) {
                byTarget.put(t, switch (i.unitAggregation) {
                    case SUM -> sumFigure(i, sums.getOrDefault(i.id, Map.of()).get(t));
                    case RATIO -> ratioFigure(i, sums.getOrDefault(i.numeratorId, Map.of()).get(t), sums.getOrDefault(i.denominatorId, Map.of()).get(t));
                    case COUNT_UNITS -> countFigure(i, leaves, t);
                });
            }
            result.put(i.id, byTarget);
        }
        return result;
    }

    private static Figure sumFigure(IndicatorEntity i, RollupEngine.Total t) {
        return t == null ? Figure.NONE : new Figure(round(i, t.value()), null, null, t.estimated(), t.units());
    }

    private static Figure ratioFigure(IndicatorEntity i, RollupEngine.Total num, RollupEngine.Total den) {
        if (num == null || den == null) {
            return Figure.NONE;
        }
        BigDecimal value = den.value().signum() == 0 ? null
                : num.value().multiply(i.factor).divide(den.value(), i.decimals, RoundingMode.HALF_UP);
        return new Figure(value, num.value().stripTrailingZeros(), den.value().stripTrailingZeros(),
                num.estimated() || den.estimated(), Math.max(num.units(), den.units()));
    }

    private static Figure countFigure(IndicatorEntity i, List<RollupEngine.Leaf> leaves, UUID target) {
        int units = 0;
        int meeting = 0;
        boolean estimated = false;
        for (RollupEngine.Leaf l : leaves) {
            if (l.leaf() != null && l.indicatorId().equals(i.numeratorId) && l.target().equals(target)) {
                units++;
                estimated |= l.estimated();
                if (meets(l.value().compareTo(i.countThreshold), i.countOperator)) {
                    meeting++;
                }
            }
        }
        return units == 0 ? Figure.NONE : new Figure(BigDecimal.valueOf(meeting), null, null, estimated, units);
    }

    static boolean meets(int comparison, String operator) {
        return switch (operator) {
            case ">" -> comparison > 0;
            case ">=" -> comparison >= 0;
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            default -> comparison == 0;
        };
    }

    private static BigDecimal round(IndicatorEntity i, BigDecimal v) {
        int scale = i.valueType == ValueType.INTEGER || i.valueType == ValueType.MONEY ? 0 : i.decimals;
        return v.setScale(scale, RoundingMode.HALF_UP);
    }

    static boolean isComputed(IndicatorEntity i) {
        return i.unitAggregation != UnitAggregation.SUM;
    }
}
