package vn.vwu.platform.indicators.analytics;

import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.units.UnitEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Parsed and checked query parameters shared by the analytics endpoints. */
/** `approvedOnly`: only values covered by an APPROVED report of their unit (the reporting workflow). */
record AnalyticsRequest(List<IndicatorEntity> indicators, UnitEntity unit, Period period, LocalDate structureAsOf, boolean approvedOnly) {

    static final int MAX_INDICATORS = 100;

    static AnalyticsRequest parse(List<String> indicatorParams, boolean indicatorsRequired, String unitId, String period, String structureAsOf,
                                  String approvedOnly) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, IndicatorEntity> indicators = new LinkedHashMap<>();
        List<String> codes = indicatorParams == null ? List.of() : indicatorParams.stream()
                .flatMap(p -> Arrays.stream(p.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty() && indicatorsRequired) {
            errors.add(new FieldError("indicator", "give at least one indicator code (repeat the parameter or separate codes with commas)"));
        }
        if (codes.size() > MAX_INDICATORS) {
            errors.add(new FieldError("indicator", "at most " + MAX_INDICATORS + " indicators per request"));
        }
        for (String code : codes) {
            IndicatorEntity.byCode(code).ifPresentOrElse(i -> indicators.put(code, i),
                    () -> errors.add(new FieldError("indicator", "no indicator with code " + code)));
        }
        UnitEntity unit = null;
        if (unitId == null || unitId.isBlank()) {
            errors.add(new FieldError("unitId", "is required"));
        } else {
            try {
                unit = UnitEntity.findById(UUID.fromString(unitId.trim()));
                if (unit == null) {
                    errors.add(new FieldError("unitId", "no unit with id " + unitId));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("unitId", "must be an id (UUID), got '" + unitId + "'"));
            }
        }
        Period p = null;
        try {
            p = Period.parse("period", period, true);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        LocalDate d = null;
        try {
            d = Params.date("structureAsOf", structureAsOf, null);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        if (p != null) {
            for (IndicatorEntity i : indicators.values()) {
                if (p.type() != PeriodType.RANGE && p.type().ordinal() < i.periodType.ordinal()) {
                    errors.add(new FieldError("period", i.code + " is reported per " + i.periodType + "; " + p.code() + " is finer"));
                }
            }
        }
        ProblemException.throwIfInvalid(errors, "parameters");
        if (d != null && !unit.aliveOn(d)) {
            throw ProblemException.rule("structureAsOf", unit.name + " does not exist on " + d + "; restate to a date when it exists");
        }
        if (d == null && !(unit.validFrom.isBefore(p.end()) && (unit.validTo == null || unit.validTo.isAfter(p.start())))) {
            throw ProblemException.rule("period", unit.name + " did not exist during " + p.code());
        }
        return new AnalyticsRequest(List.copyOf(indicators.values()), unit, p, d,
                vn.vwu.platform.common.web.Params.bool("approvedOnly", approvedOnly, false));
    }

    /** The date whose structure defines the unit's children: D, or the unit's last day within the period. */
    LocalDate structureDate() {
        if (structureAsOf != null) {
            return structureAsOf;
        }
        LocalDate last = period.end().minusDays(1);
        return unit.validTo != null && !unit.validTo.isAfter(last) ? unit.validTo.minusDays(1) : last;
    }
}
