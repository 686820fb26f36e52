package vn.vwu.platform.indicators.values;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.Metrics;
import vn.vwu.platform.common.db.CopyTable;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.indicators.BulkResult;
import vn.vwu.platform.indicators.FigureValidator;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.RowError;
import vn.vwu.platform.indicators.RowNames;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.reporting.ReportLocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bulk upsert of reported values: every row is checked first; then all are written, or none. */
@ApplicationScoped
class ValueService {

    private final AgroalDataSource dataSource;
    private final FigureValidator validator;

    private final Metrics metrics;

    public ValueService(AgroalDataSource dataSource, FigureValidator validator, Metrics metrics) {
        this.dataSource = dataSource;
        this.validator = validator;
        this.metrics = metrics;
    }

    record Row(IndicatorEntity indicator, UUID unitId, Period period, String option, ValueInput input) {
    }

    @Transactional
    public BulkResult upsert(List<ValueInput> inputs, ValueSource source, boolean dryRun, RowNames names) {
        try (Connection c = dataSource.getConnection()) {
            if (inputs.size() > 1_000) {
                // The triggers sort and group a large import's rows several times (V5, V15, V16): in memory, not on
                // disk. SET LOCAL ends with the transaction, before the connection goes back to the pool.
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL work_mem = '64MB'");
                }
            }
            List<Row> rows = validate(c, inputs, names);
            if (dryRun) {
                return new BulkResult(true, inputs.size(), 0, 0, 0).withCounts(count(c, rows));
            }
            checkVersions(c, rows);
            ReportLocks.refuseLockedValues(c);
            int[] counts = write(c, rows, source);
            metrics.valuesWritten(source.name(), counts[0] + counts[1]);
            return new BulkResult(false, inputs.size(), counts[0], counts[1], inputs.size() - counts[0] - counts[1]);
        } catch (SQLException e) {
            throw new IllegalStateException("writing values failed", e);
        }
    }

    /** Derived figures follow the activities; a hand-written one would be overwritten or contradict them (409). */
    private static void refuseDerived(FigureValidator.Context ctx, List<ValueInput> inputs, RowNames names) {
        List<FieldError> rows = new ArrayList<>();
        Set<String> derived = new java.util.TreeSet<>();
        for (int idx = 0; idx < inputs.size(); idx++) {
            ValueInput in = inputs.get(idx);
            IndicatorEntity i = in == null || in.indicator() == null ? null : ctx.indicators().get(in.indicator().trim());
            if (i != null && i.isDerived()) {
                derived.add(i.code);
                rows.add(new FieldError(names.field(names.row(idx), "indicator"),
                        i.code + " is derived from activities"));
            }
        }
        if (!rows.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, String.join(", ", derived) + (derived.size() == 1 ? " is" : " are")
                    + " counted from recorded activities and cannot be entered: record or correct the activities instead; nothing was written",
                    rows.stream().limit(100).toList());
        }
    }

    private List<Row> validate(Connection c, List<ValueInput> inputs, RowNames names) throws SQLException {
        Set<String> codes = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        for (ValueInput in : inputs) {
            if (in == null) {
                continue;
            }
            if (in.indicator() != null) {
                codes.add(in.indicator().trim());
            }
            if (in.unitId() != null) {
                units.add(in.unitId());
            }
        }
        FigureValidator.Context ctx = validator.load(c, codes, units);
        refuseDerived(ctx, inputs, names);
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>(inputs.size());
        Set<String> keys = new HashSet<>();
        Map<String, Period> periods = new HashMap<>(); // an import names a few periods many times: each parsed once
        for (int idx = 0; idx < inputs.size(); idx++) {
            int row = names.row(idx);
            ValueInput in = inputs.get(idx);
            if (in == null) {
                errors.add(new RowError(row, "value", "is null"));
                continue;
            }
            int before = errors.size();
            IndicatorEntity i = validator.reportable(ctx, in.indicator(), row, errors);
            FigureValidator.UnitInfo u = validator.unit(ctx, in.unitId(), row, errors);
            Period p = in.period() == null ? null : periods.get(in.period());
            if (p == null) {
                p = validator.period(in.period(), row, errors);
                if (p != null) {
                    periods.put(in.period(), p);
                }
            }
            if (i != null && !i.isReported()) {
                errors.add(new RowError(row, "indicator", i.code + " is computed (" + i.unitAggregation + ") from other indicators and cannot be entered"));
                continue;
            }
            if (i != null && p != null && p.type() != i.periodType) {
                errors.add(new RowError(row, "period", i.code + " is reported per " + i.periodType + ", not per " + p.type() + " (" + p.code() + ")"));
            }
            if (i != null && u != null && !Arrays.asList(i.reportingLevels).contains(u.level().name())) {
                errors.add(new RowError(row, "unitId", i.code + " is reported by " + FigureValidator.levels(i) + " units, and "
                        + u.name() + " is a " + u.level() + " unit"));
            }
            if (u != null && p != null && !u.coversWhole(p)) {
                errors.add(new RowError(row, "period", u.name() + " exists " + interval(u) + " and cannot report for " + p.code()));
            }
            String option = in.categoryOption() == null ? "" : in.categoryOption().trim();
            if (i != null) {
                List<String> options = Arrays.asList(i.categoryOptions);
                if (options.isEmpty() && !option.isEmpty()) {
                    errors.add(new RowError(row, "categoryOption", i.code + " has no disaggregation"));
                } else if (!options.isEmpty() && !options.contains(option)) {
                    errors.add(new RowError(row, "categoryOption", i.code + " is reported per option: one of " + String.join(", ", options)));
                }
                validator.number(i, in.value(), row, errors);
                FigureValidator.comment(in.comment(), row, errors);
            }
            if (errors.size() == before && i != null && u != null && p != null) {
                String key = i.code + "|" + u.id() + "|" + p.start() + "|" + option;
                if (!keys.add(key)) {
                    errors.add(new RowError(row, "period", "the same indicator, unit, period and option appear twice in this request"));
                } else {
                    rows.add(new Row(i, u.id(), p, option, in));
                }
            }
        }
        FigureValidator.throwIfAny(errors, names);
        return rows;
    }

    private static String interval(FigureValidator.UnitInfo u) {
        return "from " + u.validFrom() + (u.validTo() == null ? "" : " until " + u.validTo().minusDays(1));
    }

    private static void stage(Connection c, List<Row> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_value (indicator_id uuid, unit_id uuid, period_start date, period_end date,"
                    + " category_option varchar(64), value numeric, comment text, expected_version bigint) ON COMMIT DROP");
            s.execute("TRUNCATE incoming_value");
        }
        CopyTable copy = new CopyTable("incoming_value", "indicator_id", "unit_id", "period_start", "period_end", "category_option",
                "value", "comment", "expected_version");
        for (Row r : rows) {
            copy.row(r.indicator().id, r.unitId(), r.period().start(), r.period().end(), r.option(), r.input().value().toPlainString(),
                    r.input().comment(), r.input().expectedVersion());
        }
        copy.copyInto(c);
    }

    private void checkVersions(Connection c, List<Row> rows) throws SQLException {
        stage(c, rows);
        if (rows.stream().noneMatch(r -> r.input().expectedVersion() != null)) {
            return;
        }
        try (Statement lock = c.createStatement()) {
            // Lock the rows being edited, so nobody changes them between this check and the write.
            lock.execute("""
                    SELECT 1 FROM data_value d JOIN incoming_value i ON d.indicator_id = i.indicator_id AND d.unit_id = i.unit_id
                         AND d.period_start = i.period_start AND d.category_option = i.category_option
                    WHERE i.expected_version IS NOT NULL
                    ORDER BY d.indicator_id, d.period_start, d.unit_id, d.category_option FOR UPDATE OF d""");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.unit_id, i.period_start, coalesce(d.version, -1) AS current, i.expected_version
                FROM incoming_value i
                LEFT JOIN data_value d ON d.indicator_id = i.indicator_id AND d.unit_id = i.unit_id
                     AND d.period_start = i.period_start AND d.category_option = i.category_option
                WHERE i.expected_version IS NOT NULL AND i.expected_version <> coalesce(d.version, -1)""")) {
            List<FieldError> stale = new ArrayList<>();
            while (rs.next() && stale.size() < 100) {
                long current = rs.getLong("current");
                stale.add(new FieldError("expectedVersion", "value of unit " + rs.getObject("unit_id") + " for " + rs.getObject("period_start")
                        + (current < 0 ? " no longer exists" : " is at version " + current) + ", not " + rs.getLong("expected_version")));
            }
            if (!stale.isEmpty()) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, stale.size()
                        + " value(s) were changed by someone else since you read them; nothing was written", stale);
            }
        }
    }

    /** Returns {created, updated}; identical values are left untouched (their version does not move). */
    private static int[] write(Connection c, List<Row> rows, ValueSource source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH up AS (
                  INSERT INTO data_value AS d (indicator_id, unit_id, period_start, period_end, category_option, value, comment, source)
                  SELECT indicator_id, unit_id, period_start, period_end, category_option, value, comment, ? FROM incoming_value
                  -- rows locked in key order: concurrent imports of overlapping keys wait for each other, never deadlock
                  ORDER BY indicator_id, period_start, unit_id, category_option
                  ON CONFLICT (indicator_id, unit_id, period_start, category_option) DO UPDATE
                    SET value = EXCLUDED.value, comment = EXCLUDED.comment, source = EXCLUDED.source,
                        version = d.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by
                    WHERE d.value IS DISTINCT FROM EXCLUDED.value OR d.comment IS DISTINCT FROM EXCLUDED.comment
                  RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up""")) {
            ps.setString(1, source.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[]{rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /** Dry run: how many rows would be created, updated or left unchanged. */
    private static int[] count(Connection c, List<Row> rows) throws SQLException {
        stage(c, rows);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*) FILTER (WHERE d.indicator_id IS NULL),
                       count(*) FILTER (WHERE d.indicator_id IS NOT NULL AND (d.value <> i.value OR d.comment IS DISTINCT FROM i.comment))
                FROM incoming_value i LEFT JOIN data_value d ON d.indicator_id = i.indicator_id AND d.unit_id = i.unit_id
                     AND d.period_start = i.period_start AND d.category_option = i.category_option""")) {
            rs.next();
            return new int[]{rs.getInt(1), rs.getInt(2)};
        }
    }
}
