package vn.vwu.platform.indicators.analytics;

import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.db.NamedSql;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roll-up catalogue's rules, which the statements' texts must keep whoever edits them. */
class RollupStatementTest {

    private static final List<String> NAMES = List.of("targets", "indicators", "start", "end", "startYear", "endYear", "asOf", "starts", "ends");

    @Test
    void everyStatementReadsReportedValuesOnlyThroughTheValueSource() {
        for (RollupStatement s : RollupStatement.values()) {
            String sql = s.sql.sql();
            assertFalse(sql.contains("data_value") || sql.contains("approved_value"),
                    s + " names a value table itself: an approved-only roll-up would read unapproved values");
            if (!s.yearlySums) {
                assertTrue(sql.contains(RollupStatement.VALUES), s + " reads no value through " + RollupStatement.VALUES);
            }
            assertFalse(RollupExecutor.sql(s, true, false).contains(RollupStatement.VALUES), s + " keeps its placeholder");
        }
    }

    @Test
    void statementsOnYearlySumsRefuseApprovedOnlyRollUps() {
        for (RollupStatement s : RollupStatement.values()) {
            if (s.yearlySums) {
                assertThrows(IllegalArgumentException.class, () -> RollupExecutor.sql(s, false, true), s.name());
            } else {
                assertTrue(RollupExecutor.sql(s, false, true).contains("approved_value"), s.name());
            }
        }
    }

    @Test
    void everyParameterIsNamedAndKnown() {
        for (RollupStatement s : RollupStatement.values()) {
            assertEquals(s.sql.names().size(), s.sql.sql().chars().filter(ch -> ch == '?').count(), s + ": one ? per name");
            assertTrue(NAMES.containsAll(s.sql.names()), s + " uses an unknown parameter: " + s.sql.names());
            assertEquals(s.series(), s.sql.names().contains("starts"), s + ": a series, and only a series, reads :starts");
        }
    }

    @Test
    void namedParametersCompileToPositionalOnesAndLeaveCastsAlone() {
        NamedSql sql = NamedSql.compile("SELECT CAST(:d AS date), 'infinity'::date, x FROM t WHERE a = ANY (:ids) AND b < :d");
        assertEquals("SELECT CAST(? AS date), 'infinity'::date, x FROM t WHERE a = ANY (?) AND b < ?", sql.sql());
        assertEquals(List.of("d", "ids", "d"), sql.names());
        assertEquals(List.of(1, 2, 1), List.of(sql.bind(Map.of("d", 1, "ids", 2))));
        assertThrows(IllegalArgumentException.class, () -> sql.bind(Map.of("d", 1)));
    }
}
