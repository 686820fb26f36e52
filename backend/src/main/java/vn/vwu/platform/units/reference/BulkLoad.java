package vn.vwu.platform.units.reference;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a named, checksummed data load in one transaction. Loads are idempotent: a load whose dataset is
 * recorded in data_load is skipped. An advisory lock makes replicas starting together load it once.
 */
public final class BulkLoad {

    private static final Logger LOG = Logger.getLogger(BulkLoad.class);

    public interface Work {
        /** Writes the data and returns the number of main rows written (units, activities). */
        int run(Connection connection) throws SQLException;
    }

    private BulkLoad() {
    }

    /** Returns true if the load ran, false if the dataset was already there. */
    public static boolean run(AgroalDataSource dataSource, String dataset, String checksum, Work work) {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(hashtext('vwu-data-load'))");
                // Tens of thousands of generated rows are one event in the audit trail, not one row each.
                s.execute("SET LOCAL vwu.audit = 'off'");
            }
            String existing = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM data_load WHERE dataset = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getString(1);
                    }
                }
            }
            if (existing != null) {
                c.rollback();
                if (!existing.equals(checksum)) {
                    LOG.warnf("Data set %s is loaded from a different version of its files; it is not reloaded over live data", dataset);
                }
                return false;
            }
            int count = work.run(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_load (dataset, checksum, rows_count) VALUES (?, ?, ?)")) {
                ps.setString(1, dataset);
                ps.setString(2, checksum);
                ps.setInt(3, count);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (actor_name, via, action, entity, entity_id, detail)"
                    + " VALUES ('system', 'SYSTEM', 'LOAD', 'DATA_SET', ?, ?)")) {
                ps.setString(1, dataset);
                ps.setString(2, count + " rows, checksum " + checksum);
                ps.executeUpdate();
            }
            c.commit();
            LOG.infof("Loaded data set %s: %d rows in %d ms", dataset, count, (System.nanoTime() - t0) / 1_000_000);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading data set " + dataset + " failed; nothing of it was kept", e);
        }
    }

    static void refreshAllClosures(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT refresh_unit_closure(NULL)");
            s.execute("ANALYZE unit; ANALYZE unit_parent; ANALYZE unit_closure; ANALYZE lineage");
        }
    }
}
