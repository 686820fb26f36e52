package vn.vwu.platform.indicators.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.units.UnitQueries;
import vn.vwu.platform.units.UnitRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class AnalyticsService {

    private final FigureCalculator calculator;
    private final UnitQueries units;

    public AnalyticsService(FigureCalculator calculator, UnitQueries units) {
        this.calculator = calculator;
        this.units = units;
    }

    AnalyticsResult values(AnalyticsRequest r, Breakdown by) {
        List<AnalyticsRow> rows = new ArrayList<>();
        UnitRef self = new UnitRef(r.unit().id, r.unit().code, r.unit().name, r.unit().level);
        switch (by) {
            case NONE -> rows.addAll(rows(r, List.of(self), r.period()));
            case CHILDREN -> rows.addAll(rows(r, children(r), r.period()));
            case PERIOD -> {
                if (r.period().type() == PeriodType.RANGE) {
                    throw ProblemException.invalid("by", "a breakdown by period needs a period code (2023, 2023-H1...), not a date range");
                }
                PeriodType sub = r.indicators().stream().map(i -> i.periodType).max(Comparator.naturalOrder()).orElseThrow();
                if (sub.ordinal() >= r.period().type().ordinal()) {
                    throw ProblemException.invalid("by", "the indicators are reported per " + sub + ": " + r.period().code() + " has no finer periods to show");
                }
                // all sub-periods in one call: their statements run side by side instead of one after another
                List<Period> periods = r.period().split(sub);
                List<Map<UUID, Map<UUID, Figure>>> figures = calculator.compute(r.indicators(), List.of(self.id()), periods,
                        r.structureAsOf(), r.approvedOnly());
                for (int k = 0; k < periods.size(); k++) {
                    rows.addAll(rows(r, List.of(self), periods.get(k), figures.get(k)));
                }
            }
        }
        return new AnalyticsResult(r.period().code(), r.structureAsOf(), by, rows);
    }

    List<UnitRef> children(AnalyticsRequest r) {
        return units.childRefs(r.unit().id, r.structureDate());
    }

    private List<AnalyticsRow> rows(AnalyticsRequest r, List<UnitRef> targets, Period p) {
        return rows(r, targets, p, calculator.compute(r.indicators(), targets.stream().map(UnitRef::id).toList(), p, r.structureAsOf(), r.approvedOnly()));
    }

    private List<AnalyticsRow> rows(AnalyticsRequest r, List<UnitRef> targets, Period p, Map<UUID, Map<UUID, Figure>> figures) {
        List<AnalyticsRow> rows = new ArrayList<>();
        for (IndicatorEntity i : r.indicators()) {
            for (UnitRef t : targets) {
                Figure f = figures.get(i.id).getOrDefault(t.id(), Figure.NONE);
                rows.add(new AnalyticsRow(i.code, t, p.code(), f.value(), f.numerator(), f.denominator(), f.estimated(), f.units()));
            }
        }
        return rows;
    }
}
