package vn.vwu.platform.reporting;

import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of a submitted or approved report are locked. The check takes a share lock on the reports concerned,
 * so a submission or approval (which locks its report for update) waits for a write in progress and then
 * sees its values, and a write arriving after a submission sees the new status: no write slips in between.
 */
public final class ReportLocks {

    private ReportLocks() {
    }

    /** Refuses (409, every locked row named) the staged values `incoming_value` that fall in a locked report. */
    public static void refuseLockedValues(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.unit_id, i.period_start, ind.code AS indicator, r.status, f.code AS form, r.period_start AS report_start
                FROM incoming_value i
                JOIN report r ON r.unit_id = i.unit_id AND r.period_start <= i.period_start AND r.period_end >= i.period_end
                JOIN report_form_indicator fi ON fi.form_id = r.form_id AND fi.indicator_id = i.indicator_id
                JOIN report_form f ON f.id = r.form_id
                JOIN indicator ind ON ind.id = i.indicator_id
                ORDER BY 1, 2, 3
                FOR SHARE OF r""")) {
            List<FieldError> locked = new ArrayList<>();
            while (rs.next()) {
                if (ReportStatus.valueOf(rs.getString("status")).locks() && locked.size() < 1000) {
                    locked.add(new FieldError("values", rs.getString("indicator") + " of unit " + rs.getObject("unit_id") + " for "
                            + rs.getObject("period_start") + " is in report " + rs.getString("form") + " " + rs.getObject("report_start")
                            + ", which is " + rs.getString("status") + "; it can change only after the report is returned or reopened"));
                }
            }
            if (!locked.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, locked.size() + " value(s) belong to submitted or approved reports; nothing was written",
                        locked);
            }
        }
    }
}
