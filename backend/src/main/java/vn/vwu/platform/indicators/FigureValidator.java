package vn.vwu.platform.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.common.number.NumberBounds;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.catalogue.ValueType;
import vn.vwu.platform.units.UnitLevel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Row checks shared by values and targets: the indicator, the unit, the period and the number. Looks up
 * every indicator and unit of a request in one query each, so a 100,000-row request costs two lookups.
 */
@ApplicationScoped
public class FigureValidator {

    public static final int MAX_LISTED_ERRORS = 1000;
    static final int MAX_COMMENT = 1000;

    private final AccessControl access;

    public FigureValidator(AccessControl access) {
        this.access = access;
    }

    public record UnitInfo(UUID id, String name, UnitLevel level, LocalDate validFrom, LocalDate validTo) {
        public boolean coversWhole(Period p) {
            return !validFrom.isAfter(p.start()) && (validTo == null || !validTo.isBefore(p.end()));
        }
    }

    /** Lookups for one request. */
    public record Context(Map<String, IndicatorEntity> indicators, Map<UUID, UnitInfo> units) {
    }

    public Context load(Connection c, Collection<String> indicatorCodes, Collection<UUID> unitIds) throws SQLException {
        Map<String, IndicatorEntity> indicators = new HashMap<>();
        IndicatorEntity.<IndicatorEntity>list("code in ?1", List.copyOf(indicatorCodes)).forEach(i -> indicators.put(i.code, i));
        Map<UUID, UnitInfo> units = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, level, valid_from, valid_to FROM unit WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", unitIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    units.put(id, new UnitInfo(id, rs.getString(2), UnitLevel.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                }
            }
        }
        // Units outside the caller's scope are treated exactly like units that do not exist.
        Scope scope = access.scope();
        units.keySet().removeIf(id -> !scope.contains(id));
        return new Context(indicators, units);
    }

    /** The indicator of a row if it may receive reported values; otherwise records why not. */
    public IndicatorEntity reportable(Context ctx, String code, int row, List<RowError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new RowError(row, "indicator", "is required"));
            return null;
        }
        IndicatorEntity i = ctx.indicators().get(code.trim());
        if (i == null) {
            errors.add(new RowError(row, "indicator", "no indicator with code " + code));
            return null;
        }
        if (!i.active) {
            errors.add(new RowError(row, "indicator", code + " is deactivated and takes no new figures"));
            return null;
        }
        return i;
    }

    public UnitInfo unit(Context ctx, UUID id, int row, List<RowError> errors) {
        if (id == null) {
            errors.add(new RowError(row, "unitId", "is required"));
            return null;
        }
        UnitInfo u = ctx.units().get(id);
        if (u == null) {
            errors.add(new RowError(row, "unitId", "no unit with id " + id));
        }
        return u;
    }

    public Period period(String code, int row, List<RowError> errors) {
        try {
            return Period.parse("period", code, false);
        } catch (ProblemException e) {
            errors.add(new RowError(row, "period", e.errors().get(0).message()));
            return null;
        }
    }

    /** Exactness and range of a number for an indicator. */
    public void number(IndicatorEntity i, BigDecimal value, int row, List<RowError> errors) {
        if (value == null) {
            errors.add(new RowError(row, "value", "is required"));
            return;
        }
        int allowedScale = i.valueType == ValueType.INTEGER || i.valueType == ValueType.MONEY ? 0 : i.decimals;
        // The intrinsic range first: what follows prints and compares the number, which a bomb must never reach.
        String outOfBounds = NumberBounds.problem(value, NumberBounds.MAX_DECIMALS);
        if (outOfBounds != null) {
            errors.add(new RowError(row, "value", outOfBounds));
            return;
        }
        if (value.stripTrailingZeros().scale() > allowedScale) {
            errors.add(new RowError(row, "value", allowedScale == 0
                    ? i.code + " takes whole numbers" + (i.valueType == ValueType.MONEY ? " (VND)" : "") + ", got " + value.toPlainString()
                    : i.code + " takes at most " + allowedScale + " decimal place(s), got " + value.toPlainString()));
        }
        if (i.minValue != null && value.compareTo(i.minValue) < 0) {
            errors.add(new RowError(row, "value", "must be at least " + i.minValue.toPlainString() + " for " + i.code));
        }
        if (i.maxValue != null && value.compareTo(i.maxValue) > 0) {
            errors.add(new RowError(row, "value", "must be at most " + i.maxValue.toPlainString() + " for " + i.code));
        }
    }

    /** A figure's comment explains it in a sentence or two; a page belongs in a report. */
    public static void comment(String comment, int row, List<RowError> errors) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(new RowError(row, "comment", "must be at most " + MAX_COMMENT + " characters, got " + comment.length()));
        }
    }

    /** Throws a 422 listing every bad row as `values[12].period`-style fields (or `line 13: period` for CSV). */
    public static void throwIfAny(List<RowError> errors, RowNames names) {
        if (errors.isEmpty()) {
            return;
        }
        List<FieldError> listed = errors.stream().limit(MAX_LISTED_ERRORS)
                .map(e -> new FieldError(names.field(e.row(), e.field()), e.message()))
                .toList();
        long rows = errors.stream().mapToInt(RowError::row).distinct().count();
        throw new ProblemException(ProblemType.DOMAIN_RULE, rows + " row(s) are invalid (" + errors.size() + " problem(s)"
                + (errors.size() > MAX_LISTED_ERRORS ? ", the first " + MAX_LISTED_ERRORS + " listed" : "") + "); nothing was written", listed);
    }

    public static String levels(IndicatorEntity i) {
        return String.join(", ", Arrays.asList(i.reportingLevels));
    }
}
