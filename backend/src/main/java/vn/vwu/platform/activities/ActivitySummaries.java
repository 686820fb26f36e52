package vn.vwu.platform.activities;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Grouped counts and amounts over an activity selection, computed in one pass per grouping in PostgreSQL. */
@ApplicationScoped
class ActivitySummaries {

    private static final String AGGREGATES = """
            count(*), coalesce(sum(s.participants), 0), coalesce(sum(s.participants_women), 0),
            coalesce(sum(s.participants_ethnic_minority), 0), coalesce(sum(s.beneficiary_people), 0),
            coalesce(sum(s.beneficiary_households), 0), coalesce(sum(s.cost), 0), coalesce(sum(s.funds), 0)""";

    /** With GROUPING SETS ((key…), ()): true on the row of the whole selection (one pass gives groups and total). */
    private static final String TOTAL_ROW = "grouping(%s) = 1";

    private final AgroalDataSource dataSource;

    public ActivitySummaries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ActivitySummary summarise(ActivityFilter filter, SummaryGroupBy groupBy) {
        if (groupBy == SummaryGroupBy.CHILD && (filter.unitId() == null || !filter.descendants())) {
            throw ProblemException.invalid("groupBy", "CHILD needs unitId (with descendants=true): the children of which unit?");
        }
        Sql where = filter.where(groupBy == SummaryGroupBy.CHILD);
        String selection = "WITH s AS (SELECT a.id, a.unit_id, a.type_code, a.status, a.activity_date, a.participants, a.participants_women,"
                + " a.participants_ethnic_minority, a.beneficiary_people, a.beneficiary_households, a.cost, a.funds, " + where.depth() + " AS depth" + where.text() + ") ";
        String grouped = switch (groupBy) {
            case TYPE -> "SELECT s.type_code, t.name, " + AGGREGATES + ", " + TOTAL_ROW.formatted("s.type_code")
                    + " FROM s JOIN activity_type t ON t.code = s.type_code GROUP BY GROUPING SETS ((s.type_code, t.name), ()) ORDER BY 3 DESC, 1";
            case PROGRAMME -> "SELECT p.code, coalesce(p.name, 'Không thuộc chương trình nào'), " + AGGREGATES + " FROM s"
                    + " LEFT JOIN activity_programme ap ON ap.activity_id = s.id LEFT JOIN programme p ON p.id = ap.programme_id"
                    + " GROUP BY 1, 2 ORDER BY 3 DESC, 1";
            case MONTH -> "SELECT to_char(s.activity_date, 'YYYY-MM') AS k, to_char(s.activity_date, 'MM/YYYY'), " + AGGREGATES + ", "
                    + TOTAL_ROW.formatted("to_char(s.activity_date, 'YYYY-MM')") + " FROM s GROUP BY GROUPING SETS ((1, 2), ()) ORDER BY 1";
            case STATUS -> "SELECT s.status, s.status, " + AGGREGATES + ", " + TOTAL_ROW.formatted("s.status")
                    + " FROM s GROUP BY GROUPING SETS ((s.status), ()) ORDER BY 3 DESC, 1";
            // The child is the ancestor one level below `unitId` on the activity's date: with the organising unit at
            // depth d under unitId, it is the unit's own ancestor at distance d - 1 (itself when d = 1; unitId when d = 0).
            case CHILD -> """
                    SELECT g.id::text, g.name, %s, %s FROM s
                    LEFT JOIN unit_closure up ON up.descendant_id = s.unit_id AND up.depth = s.depth - 1
                         AND up.valid_from <= s.activity_date AND up.valid_to > s.activity_date
                    JOIN unit g ON g.id = coalesce(up.ancestor_id, s.unit_id)
                    GROUP BY GROUPING SETS ((g.id, g.name), ()) ORDER BY 3 DESC, 2""".formatted(AGGREGATES, TOTAL_ROW.formatted("g.id"));
        };
        try (Connection c = dataSource.getConnection()) {
            List<ActivitySummary.Group> groups = new ArrayList<>();
            ActivitySummary.Totals total = null;
            try (PreparedStatement ps = c.prepareStatement(selection + grouped)) {
                where.bind(c, ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean marksTotal = rs.getMetaData().getColumnCount() > 10;
                    while (rs.next()) {
                        if (marksTotal && rs.getBoolean(11)) {
                            total = totals(rs, 3);
                        } else {
                            groups.add(new ActivitySummary.Group(rs.getString(1), rs.getString(2), totals(rs, 3)));
                        }
                    }
                }
            }
            if (total != null) {
                return new ActivitySummary(groupBy, groups, total);
            }
            // PROGRAMME: an activity of two programmes is in two groups, so the total is counted on its own
            try (PreparedStatement ps = c.prepareStatement(selection + "SELECT " + AGGREGATES + " FROM s")) {
                where.bind(c, ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = totals(rs, 1);
                }
            }
            return new ActivitySummary(groupBy, groups, total);
        } catch (SQLException e) {
            throw new IllegalStateException("activity summary failed", e);
        }
    }

    private static ActivitySummary.Totals totals(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new ActivitySummary.Totals(rs.getLong(i++), rs.getLong(i++), rs.getLong(i++), rs.getLong(i++), rs.getLong(i++),
                rs.getLong(i++), rs.getLong(i++), rs.getLong(i));
    }
}
