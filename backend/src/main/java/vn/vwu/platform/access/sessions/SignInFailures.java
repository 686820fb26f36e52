package vn.vwu.platform.access.sessions;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.List;
import java.util.Locale;

/**
 * Wrong passwords counted per name and client address, in the database (shared by every instance). From the
 * {@code maxFailedLogins}-th failure on, the pair waits before its next attempt: 30 s, then twice as long after each
 * further failure, up to {@code lockMinutes}. The wait is per address, so nobody can lock a person out from
 * elsewhere; it applies to names that do not exist exactly as to real ones, so the answer tells nothing about which
 * accounts exist. A day after the last failure the count starts again.
 */
@ApplicationScoped
public class SignInFailures {

    private static final int FIRST_WAIT_SECONDS = 30;
    private static final int NAME_LENGTH = 64;

    private final EntityManager em;
    private final VwuConfig.Auth config;

    public SignInFailures(EntityManager em, VwuConfig config) {
        this.em = em;
        this.config = config.auth();
    }

    /**
     * Seconds before this name may be tried again from this address; 0 when it may be now. The pair stays locked until
     * the attempt's transaction ends, so concurrent guesses are checked and counted one after another, never all
     * before the first failure is counted.
     */
    @Transactional
    public long blockedFor(String username, String address) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:u || '|' || :a))")
                .setParameter("u", key(username)).setParameter("a", address(address)).getSingleResult();
        List<?> rows = em.createNativeQuery("""
                SELECT CAST(ceil(extract(epoch FROM blocked_until - now())) AS bigint) FROM sign_in_failure
                WHERE username = :u AND address = :a AND blocked_until > now()""")
                .setParameter("u", key(username)).setParameter("a", address(address)).getResultList();
        return rows.isEmpty() ? 0 : Math.max(1, ((Number) rows.get(0)).longValue());
    }

    @Transactional
    public void failed(String username, String address) {
        em.createNativeQuery("""
                INSERT INTO sign_in_failure AS f (username, address, failures, blocked_until, last_failure_at)
                VALUES (:u, :a, 1, NULL, now())
                ON CONFLICT (username, address) DO UPDATE SET
                    failures = CASE WHEN f.last_failure_at < now() - interval '1 day' THEN 1 ELSE f.failures + 1 END,
                    last_failure_at = now(),
                    blocked_until = CASE WHEN f.last_failure_at >= now() - interval '1 day' AND f.failures + 1 >= :max
                        THEN now() + make_interval(secs => least(:cap, :first * power(2, f.failures + 1 - :max)))
                    END""")
                .setParameter("u", key(username)).setParameter("a", address(address)).setParameter("max", config.maxFailedLogins())
                .setParameter("cap", config.lockMinutes() * 60).setParameter("first", FIRST_WAIT_SECONDS).executeUpdate();
    }

    @Transactional
    public void succeeded(String username, String address) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE username = :u AND address = :a")
                .setParameter("u", key(username)).setParameter("a", address(address)).executeUpdate();
    }

    /** Counts older than a day no longer count; one replica at a time (the advisory lock), the others skip. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE pg_try_advisory_xact_lock(hashtext('vwu.purge-sign-in-failures'))"
                + " AND last_failure_at < now() - interval '1 day' AND (blocked_until IS NULL OR blocked_until < now())").executeUpdate();
    }

    /** The same answer for every refused pair, whether or not the account exists. */
    public static ProblemException tooMany(long seconds) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Too many wrong passwords for this name from your address; try again in "
                + Math.max(1, (seconds + 59) / 60) + " minute(s)").retryAfter(seconds);
    }

    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() <= NAME_LENGTH ? k : k.substring(0, NAME_LENGTH);
    }

    private static String address(String address) {
        return address == null ? "?" : address.length() <= 64 ? address : address.substring(0, 64);
    }
}
