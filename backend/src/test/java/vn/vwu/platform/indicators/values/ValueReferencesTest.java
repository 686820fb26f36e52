package vn.vwu.platform.indicators.values;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value's indicator and unit are checked once per statement instead of by row-by-row foreign keys (V15): the
 * guarantees must stay those of the foreign keys, races with a deletion included.
 */
@QuarkusTest
class ValueReferencesTest {

    private static final String INSERT = "INSERT INTO data_value (indicator_id, unit_id, period_start, period_end, value, source)"
            + " VALUES (?, ?, DATE '2031-01-01', DATE '2032-01-01', 1, 'ENTERED')";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aValueOfAMissingUnitOrIndicatorIsRefused() throws SQLException {
        UUID indicator = indicatorId(TestIndicators.reported("YEAR", "SUM"));
        UUID province = UUID.fromString(TestUnits.province("Tỉnh tham chiếu", LocalDate.of(2011, 1, 1)));
        try (Connection c = dataSource.getConnection()) {
            assertEquals("23503", assertThrows(SQLException.class, () -> insert(c, indicator, UUID.randomUUID())).getSQLState());
            assertEquals("23503", assertThrows(SQLException.class, () -> insert(c, UUID.randomUUID(), province)).getSQLState());
            insert(c, indicator, province);
            assertEquals("23503", assertThrows(SQLException.class, () -> delete(c, indicator)).getSQLState());
            assertEquals("23000", assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE data_value SET unit_id = '" + UUID.randomUUID() + "' WHERE indicator_id = '" + indicator + "'")).getSQLState());
        }
    }

    @Test
    void aDeletionWaitingForAnImportIsRefusedOnceTheImportCommits() throws Exception {
        UUID indicator = indicatorId(TestIndicators.reported("YEAR", "SUM"));
        UUID province = UUID.fromString(TestUnits.province("Tỉnh chờ nhập", LocalDate.of(2011, 1, 1)));
        assertTheSecondWaitsAndIsRefused(c -> insert(c, indicator, province), c -> delete(c, indicator));
    }

    @Test
    void anImportWaitingForADeletionIsRefusedOnceTheDeletionCommits() throws Exception {
        UUID indicator = indicatorId(TestIndicators.reported("YEAR", "SUM"));
        UUID province = UUID.fromString(TestUnits.province("Tỉnh xoá trước", LocalDate.of(2011, 1, 1)));
        assertTheSecondWaitsAndIsRefused(c -> delete(c, indicator), c -> insert(c, indicator, province));
    }

    /** `first` runs in an open transaction; `second`, on another connection, must wait for it, then fail with 23503. */
    private void assertTheSecondWaitsAndIsRefused(SqlAction first, SqlAction second) throws Exception {
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            first.run(holder);
            int waiterPid = backendPid(waiter); // asked before the waiter's connection is busy in another thread
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> stateOf(second, waiter));
            assertTrue(waitsForALock(waiterPid, waiting), "the second statement should wait for the first one's lock");
            holder.commit();
            assertEquals("23503", waiting.get(10, TimeUnit.SECONDS));
        }
    }

    private interface SqlAction {
        void run(Connection c) throws SQLException;
    }

    /** The SQL state the action failed with on the connection, or "ok". */
    private static String stateOf(SqlAction action, Connection c) {
        try {
            action.run(c);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** True once the backend `pid` is seen waiting for a lock (within 10 s); fails if the action ended first. */
    private boolean waitsForALock(int pid, CompletableFuture<String> action) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, pid);
            for (int i = 0; i < 200; i++) {
                assertFalse(action.isDone(), () -> "ended without waiting: " + action.join());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static void insert(Connection c, UUID indicator, UUID unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, indicator);
            ps.setObject(2, unit);
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, UUID indicator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicator WHERE id = ?")) {
            ps.setObject(1, indicator);
            ps.executeUpdate();
        }
    }

    private UUID indicatorId(String code) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM indicator WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }
}
