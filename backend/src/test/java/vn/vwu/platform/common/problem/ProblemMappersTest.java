package vn.vwu.platform.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the database says decides the answer, however deeply the transaction manager has wrapped it. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anOptimisticLockFailingAtCommitIsA412NotA503() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException("row was updated by another transaction"));
        assertEquals(412, mappers.unexpected(atCommit, null).getStatus());
    }

    @Test
    void aDataExceptionIsA400EvenWhenWrapped() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new IllegalStateException(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(400, mappers.unexpected(atCommit, null).getStatus());
        assertEquals(400, mappers.unexpected(new RuntimeException(new SQLException("numeric field overflow", "22003")), null).getStatus());
    }

    @Test
    void onlyADatabaseThatIsAwayIsA503() {
        assertEquals(503, mappers.unexpected(new RuntimeException(new SQLException("connection refused", "08001")), null).getStatus());
        assertEquals(500, mappers.unexpected(new IllegalStateException("a bug of ours"), null).getStatus());
    }
}
