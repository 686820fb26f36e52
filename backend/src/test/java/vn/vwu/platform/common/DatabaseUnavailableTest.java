package vn.vwu.platform.common;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.problem.ProblemMappers;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * While PostgreSQL is down or restarting, every way its absence reaches a resource is a 503 with Retry-After, not
 * a 500 (seen in bench/faults.sh before this mapping: the pool's, the audit actor's and the roll-up's wrappers).
 */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDatabaseAwayIsA503WhateverWrapsIt() {
        assertUnavailable(new IllegalStateException("Could not set the audit actor", new SQLException("I/O error", "08006")));
        assertUnavailable(new IllegalStateException("roll-up failed",
                new java.util.concurrent.ExecutionException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertUnavailable(new IllegalStateException("x", new SQLException("the database system is starting up", "57P03")));
        // the pool's own exception has no state; the driver's one below it has
        assertUnavailable(new RuntimeException(new SQLException("Unable to acquire", null, new SQLException("Connection refused", "08001"))));
        assertUnavailable(new SQLTransientConnectionException("acquisition timeout"));
        assertUnavailable(new SQLException("Sorry, acquisition timeout!"));
        assertUnavailable(new io.quarkus.arc.ArcUndeclaredThrowableException("Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.")));
        assertUnavailable(new IllegalStateException("database error null", new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]",
                new SQLException("Failed to enlist"))));
    }

    @Test
    void aDeadlockVictimIsToldNothingWasWrittenAndToSendAgain() {
        Response r = mappers.unexpected(new IllegalStateException("writing values failed", new SQLException("deadlock detected", "40P01")), null);
        assertEquals(409, r.getStatus());
    }

    @Test
    void otherFailuresStay500() {
        // A data exception (class 22) is the input's, however it is wrapped: 400, not 500 (ProblemMappersTest).
        Response r = mappers.unexpected(new IllegalStateException("bug", new SQLException("division by zero", "22012")), null);
        assertEquals(400, r.getStatus());
        assertEquals(500, mappers.unexpected(new NullPointerException(), null).getStatus());
        assertEquals(500, mappers.unexpected(new org.hibernate.exception.GenericJDBCException("could not execute statement",
                new SQLException("syntax error", "42601")), null).getStatus());
    }

    private void assertUnavailable(Exception e) {
        Response r = mappers.unexpected(e, null);
        assertEquals(503, r.getStatus(), e.toString());
        assertEquals("5", r.getHeaderString("Retry-After"));
    }
}
