package vn.vwu.platform.access.sessions;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.CurrentCaller;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.RoleArrays;
import vn.vwu.platform.access.Secrets;
import vn.vwu.platform.access.accounts.Passwords;
import vn.vwu.platform.access.accounts.UserEntity;
import vn.vwu.platform.access.audit.AuditLog;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.db.Rows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in and out, and resolving a session cookie. A failed attempt is committed (the count in
 * {@link SignInFailures}, the audit row) before the 401 is answered, so the wait cannot be dodged by the error
 * rolling it back.
 */
@ApplicationScoped
public class LoginService {

    public sealed interface Outcome {
    }

    public record SignedIn(String secret, UserEntity user) implements Outcome {
    }

    /** `retryAfterSeconds` > 0 when this name must wait before being tried again from this address. */
    public record Refused(long retryAfterSeconds) implements Outcome {
    }

    private final EntityManager em;
    private final VwuConfig.Auth config;
    private final AuditLog audit;
    private final CurrentCaller caller;
    private final SignInFailures failures;

    public LoginService(EntityManager em, VwuConfig config, AuditLog audit, CurrentCaller caller, SignInFailures failures) {
        this.em = em;
        this.config = config.auth();
        this.audit = audit;
        this.caller = caller;
        this.failures = failures;
    }

    @Transactional
    public Outcome signIn(String username, String password) {
        UserEntity user = UserEntity.<UserEntity>find("lower(username) = lower(?1)", username == null ? "" : username.trim())
                .firstResultOptional().orElse(null);
        long wait = failures.blockedFor(username, caller.ip());
        if (wait > 0) {
            audit.record(actor(user, username), "SIGN_IN_FAILED", "SESSION", null, user == null ? null : user.unitId, "waiting after wrong passwords");
            return new Refused(wait);
        }
        // The password is checked (against a dummy hash for an unknown name) before anything else is told apart.
        boolean ok = Passwords.matches(password, user == null ? null : user.passwordHash);
        if (!ok || !user.active) {
            String reason = user == null ? "unknown username" : !ok ? "wrong password" : "account inactive";
            failures.failed(username, caller.ip());
            audit.record(actor(user, username), "SIGN_IN_FAILED", "SESSION", null, user == null ? null : user.unitId, reason);
            return new Refused(0);
        }
        failures.succeeded(username, caller.ip());
        return new SignedIn(openSession(user, null), user);
    }

    /**
     * A session for the person the single sign-on provider has just vouched for (the authorization code flow):
     * the same kind of session as with a password, so it ends, slides and is revoked the same way.
     */
    @Transactional
    public String signInWithProvider(UserEntity user) {
        return openSession(user, "single sign-on");
    }

    private String openSession(UserEntity user, String how) {
        em.createNativeQuery("UPDATE app_user SET last_login_at = now() WHERE id = :id")
                .setParameter("id", user.id).executeUpdate();
        String secret = Secrets.generate(32);
        UUID sessionId = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO user_session (id, secret_hash, user_id, expires_at, ip, user_agent)
                VALUES (:id, :hash, :user, now() + make_interval(mins => :idle), :ip, :ua)""")
                .setParameter("id", sessionId).setParameter("hash", Secrets.hash(secret)).setParameter("user", user.id)
                .setParameter("idle", config.sessionIdleMinutes()).setParameter("ip", caller.ip())
                .setParameter("ua", truncate(caller.userAgent())).executeUpdate();
        audit.record(actor(user, user.username), "SIGN_IN", "SESSION", sessionId.toString(), user.unitId, how);
        return secret;
    }

    @Transactional
    public void signOut(UUID sessionId) {
        int n = em.createNativeQuery("DELETE FROM user_session WHERE id = :id").setParameter("id", sessionId).executeUpdate();
        if (n > 0) {
            Principal p = caller.require();
            audit.record("SIGN_OUT", "SESSION", sessionId.toString(), p.unitId(), null);
        }
    }

    /** The principal of a session cookie, sliding its idle expiry; empty when unknown, expired or the account is off. */
    @Transactional
    public Optional<Principal> resolve(String secret) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT s.id AS session_id, s.created_at, s.last_seen_at, u.id AS user_id, u.username, u.unit_id, u.roles,
                       u.must_change_password
                FROM user_session s JOIN app_user u ON u.id = s.user_id
                WHERE s.secret_hash = :hash AND s.expires_at > now() AND u.active""", Tuple.class)
                .setParameter("hash", Secrets.hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple t = rows.get(0);
        OffsetDateTime created = Rows.offsetDateTime(t, "created_at");
        if (created.plusHours(config.sessionMaxHours()).isBefore(OffsetDateTime.now())) {
            return Optional.empty();
        }
        UUID sessionId = Rows.uuid(t, "session_id");
        if (Rows.offsetDateTime(t, "last_seen_at").isBefore(OffsetDateTime.now().minusMinutes(1))) {
            // Sliding expiry, written at most once a minute per session.
            em.createNativeQuery("UPDATE user_session SET last_seen_at = now(), expires_at = now() + make_interval(mins => :idle) WHERE id = :id")
                    .setParameter("idle", config.sessionIdleMinutes()).setParameter("id", sessionId).executeUpdate();
        }
        return Optional.of(Principal.ofAccount(Rows.uuid(t, "user_id"), Rows.string(t, "username"), Rows.uuid(t, "unit_id"),
                RoleArrays.parse(t.get("roles")), AuthMethod.SESSION, sessionId,
                Boolean.TRUE.equals(t.get("must_change_password"))));
    }

    /**
     * Ended sessions are deleted hourly. Every replica schedules it; the advisory lock lets one of them do it at a
     * time, and the others skip.
     */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeEndedSessions() {
        em.createNativeQuery("""
                DELETE FROM user_session WHERE pg_try_advisory_xact_lock(hashtext('vwu.purge-sessions'))
                  AND (expires_at < now() OR created_at < now() - make_interval(hours => :max))""")
                .setParameter("max", config.sessionMaxHours()).executeUpdate();
    }

    private String actor(UserEntity user, String attempted) {
        String name = user != null ? user.username : attempted == null ? "" : attempted.length() > 64 ? attempted.substring(0, 64) : attempted;
        return AuditLog.actor(caller, user == null ? null : user.id, name, "SESSION");
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 512 ? s : s.substring(0, 512);
    }
}
