package vn.vwu.platform.indicators.targets;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.db.CopyTable;
import vn.vwu.platform.indicators.BulkResult;
import vn.vwu.platform.indicators.FigureValidator;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.RowError;
import vn.vwu.platform.indicators.RowNames;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Bulk upsert of targets, all or nothing, with the same row checks as values. */
@ApplicationScoped
class TargetService {

    private final AgroalDataSource dataSource;
    private final FigureValidator validator;

    public TargetService(AgroalDataSource dataSource, FigureValidator validator) {
        this.dataSource = dataSource;
        this.validator = validator;
    }

    @Transactional
    public BulkResult upsert(List<TargetInput> inputs, boolean dryRun, RowNames names) {
        try (Connection c = dataSource.getConnection()) {
            Set<String> codes = new HashSet<>();
            Set<UUID> unitIds = new HashSet<>();
            inputs.stream().filter(t -> t != null).forEach(t -> {
                if (t.indicator() != null) {
                    codes.add(t.indicator().trim());
                }
                if (t.unitId() != null) {
                    unitIds.add(t.unitId());
                }
            });
            FigureValidator.Context ctx = validator.load(c, codes, unitIds);
            List<RowError> errors = new ArrayList<>();
            CopyTable copy = new CopyTable("incoming_target", "indicator_id", "unit_id", "period_type", "period_start", "period_end", "value", "comment");
            Set<String> keys = new HashSet<>();
            for (int idx = 0; idx < inputs.size(); idx++) {
                int row = names.row(idx);
                TargetInput t = inputs.get(idx);
                if (t == null) {
                    errors.add(new RowError(row, "target", "is null"));
                    continue;
                }
                int before = errors.size();
                IndicatorEntity i = validator.reportable(ctx, t.indicator(), row, errors);
                FigureValidator.UnitInfo u = validator.unit(ctx, t.unitId(), row, errors);
                Period p = validator.period(t.period(), row, errors);
                if (i != null && p != null && p.type().ordinal() < i.periodType.ordinal()) {
                    errors.add(new RowError(row, "period", i.code + " is reported per " + i.periodType + "; a target cannot be finer (" + p.code() + ")"));
                }
                if (u != null && p != null && !(u.validFrom().isBefore(p.end()) && (u.validTo() == null || u.validTo().isAfter(p.start())))) {
                    errors.add(new RowError(row, "period", u.name() + " does not exist during " + p.code()));
                }
                if (i != null) {
                    validator.number(i, t.value(), row, errors);
                    FigureValidator.comment(t.comment(), row, errors);
                }
                if (errors.size() == before && !keys.add(i.code + "|" + u.id() + "|" + p.type() + "|" + p.start())) {
                    errors.add(new RowError(row, "period", "the same indicator, unit and period appear twice in this request"));
                }
                if (errors.size() == before) {
                    copy.row(i.id, u.id(), p.type().name(), p.start(), p.end(), t.value().toPlainString(), t.comment());
                }
            }
            FigureValidator.throwIfAny(errors, names);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_target (indicator_id uuid, unit_id uuid, period_type varchar(16),"
                        + " period_start date, period_end date, value numeric, comment text) ON COMMIT DROP");
                s.execute("TRUNCATE incoming_target");
            }
            copy.copyInto(c);
            String sql = dryRun ? """
                    SELECT count(*) FILTER (WHERE t.indicator_id IS NULL),
                           count(*) FILTER (WHERE t.indicator_id IS NOT NULL AND (t.value <> i.value OR t.comment IS DISTINCT FROM i.comment))
                    FROM incoming_target i LEFT JOIN target t ON t.indicator_id = i.indicator_id AND t.unit_id = i.unit_id
                         AND t.period_type = i.period_type AND t.period_start = i.period_start""" : """
                    WITH up AS (
                      INSERT INTO target AS t (indicator_id, unit_id, period_type, period_start, period_end, value, comment)
                      SELECT indicator_id, unit_id, period_type, period_start, period_end, value, comment FROM incoming_target
                      ORDER BY indicator_id, unit_id, period_type, period_start   -- key order: concurrent writers never deadlock
                      ON CONFLICT (indicator_id, unit_id, period_type, period_start) DO UPDATE
                        SET value = EXCLUDED.value, comment = EXCLUDED.comment, version = t.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by
                        WHERE t.value IS DISTINCT FROM EXCLUDED.value OR t.comment IS DISTINCT FROM EXCLUDED.comment
                      RETURNING (xmax = 0) AS inserted)
                    SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up""";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return new BulkResult(dryRun, inputs.size(), 0, 0, 0).withCounts(new int[]{rs.getInt(1), rs.getInt(2)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing targets failed", e);
        }
    }
}
