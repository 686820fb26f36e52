package vn.vwu.platform.access.sessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ended sessions do not pile up: the hourly purge deletes them and leaves live ones. */
@QuarkusTest
class SessionPurgeTest {

    @Inject
    LoginService logins;
    @Inject
    EntityManager em;

    @Test
    void theHourlyPurgeDeletesEndedSessionsOnly() {
        String province = TestUnits.province("Tỉnh dọn phiên", LocalDate.of(2015, 1, 1));
        String username = TestUnits.code("purge").toLowerCase();
        UUID user = UUID.fromString(TestAuth.createPerson(username, province, List.of("VIEWER")));
        TestAuth.signIn(username, TestAuth.PASSWORD);
        long live = sessions(user);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE id = (SELECT min(id::text)::uuid FROM user_session WHERE user_id = :u)")
                .setParameter("u", user).executeUpdate());
        logins.purgeEndedSessions();
        assertEquals(live - 1, sessions(user));
    }

    private long sessions(UUID user) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM user_session WHERE user_id = :u")
                .setParameter("u", user).getSingleResult()).longValue());
    }
}
