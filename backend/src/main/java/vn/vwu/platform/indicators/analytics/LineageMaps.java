package vn.vwu.platform.indicators.analytics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.db.NamedSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The lineage map of a date D (table lineage_map): every unit not alive at D, mapped forward through the lineage onto
 * the units alive at D, with its weight. Restated roll-ups read it; it is computed once per date and reorganisation
 * version, and kept in the database so that every replica shares it.
 */
@ApplicationScoped
class LineageMaps {

    /** Units not alive at :asOf, mapped forward through lineage onto units alive at :asOf, with their weights. */
    private static final NamedSql COMPUTE = NamedSql.compile("""
            INSERT INTO lineage_map (as_of, src, dst, w)
            WITH RECURSIVE edge AS (
              SELECT l.predecessor_id AS src, l.successor_id AS dst,
                     CASE WHEN l.share = 'WHOLE' THEN 1::numeric
                          ELSE coalesce(l.weight, 1::numeric / count(*) OVER (PARTITION BY l.predecessor_id)) END AS w
              FROM lineage l
              JOIN reorganization r ON r.id = l.reorganization_id
              JOIN unit p ON p.id = l.predecessor_id
              WHERE r.effective_date <= :asOf AND NOT (p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf))),
            fwd (src, dst, w) AS (
              SELECT src, dst, w FROM edge
              UNION ALL
              SELECT f.src, e.dst, f.w * e.w FROM fwd f JOIN edge e ON e.src = f.dst)
            SELECT CAST(:asOf AS date), f.src, f.dst, sum(f.w) FROM fwd f JOIN unit t ON t.id = f.dst
            WHERE t.valid_from <= :asOf AND (t.valid_to IS NULL OR t.valid_to > :asOf)
            GROUP BY f.src, f.dst""");

    private final AgroalDataSource dataSource;

    LineageMaps(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Makes sure the lineage map of date D matches the current reorganisation version; recomputes it if not.
     * Serialised per date with an advisory lock, so concurrent requests (or replicas) compute it once.
     */
    void ensure(LocalDate d) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('lineage_map'), CAST(? AS date) - DATE '2000-01-01')");
                 PreparedStatement version = c.prepareStatement("SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM reorganization");
                 PreparedStatement state = c.prepareStatement("SELECT version FROM lineage_map_state WHERE as_of = ?")) {
                lock.setObject(1, d);
                lock.execute();
                String current;
                try (ResultSet rs = version.executeQuery()) {
                    rs.next();
                    current = rs.getString(1);
                }
                state.setObject(1, d);
                boolean fresh;
                try (ResultSet rs = state.executeQuery()) {
                    fresh = rs.next() && current.equals(rs.getString(1));
                }
                if (!fresh) {
                    recompute(c, d, current);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage map for " + d + " could not be computed", e);
        }
    }

    private static void recompute(Connection c, LocalDate d, String version) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lineage_map WHERE as_of = ?");
             PreparedStatement compute = c.prepareStatement(COMPUTE.sql());
             PreparedStatement save = c.prepareStatement("INSERT INTO lineage_map_state (as_of, version) VALUES (?, ?)"
                     + " ON CONFLICT (as_of) DO UPDATE SET version = EXCLUDED.version");
             java.sql.Statement analyze = c.createStatement()) {
            delete.setObject(1, d);
            delete.executeUpdate();
            Object[] parameters = COMPUTE.bind(Map.of("asOf", d));
            for (int p = 0; p < parameters.length; p++) {
                compute.setObject(p + 1, parameters[p]);
            }
            compute.executeUpdate();
            save.setObject(1, d);
            save.setString(2, version);
            save.executeUpdate();
            analyze.execute("ANALYZE lineage_map"); // a fresh map without statistics gets poor join plans
        }
    }
}
