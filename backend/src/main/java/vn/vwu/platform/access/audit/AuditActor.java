package vn.vwu.platform.access.audit;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells the database who acts on each connection handed out: the audit triggers read `vwu.actor`. Set on
 * every acquisition (a pooled connection keeps the previous request's value otherwise).
 */
@ApplicationScoped
class AuditActor implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('vwu.actor', ?, false)")) {
            ps.setString(1, AuditLog.actorOfThisThread());
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the audit actor on a database connection", e);
        }
    }
}
