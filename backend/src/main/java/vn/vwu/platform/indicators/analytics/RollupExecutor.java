package vn.vwu.platform.indicators.analytics;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.indicators.Period;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs roll-up statements: binds their named parameters, reads their rows into leaves, and runs the statements of one
 * answer side by side on the machine's cores.
 */
@ApplicationScoped
class RollupExecutor {

    /** One roll-up statement to run: what it computes, over which units, indicators and periods. */
    record Job(RollupStatement statement, List<UUID> indicators, List<UUID> targets, List<Period> periods, LocalDate asOf,
               boolean totals, boolean approvedOnly) {
    }

    private final AgroalDataSource dataSource;
    /**
     * Its own pool, not the managed executor: a statement goes to an idle thread or, when all are busy (a loaded
     * server), runs at once in the request's own thread — no queue, so no request waits behind another's statements.
     */
    private final ThreadPoolExecutor pool;

    RollupExecutor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "rollup-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** How many statements of one answer can run at once. */
    int width() {
        return pool.getMaximumPoolSize();
    }

    /**
     * The statements of one answer are independent reads: all but the first go to the pool, the first runs here.
     * Results come back in the statements' order.
     */
    <T> List<T> runTogether(List<Callable<T>> statements) {
        List<Future<T>> others = statements.stream().skip(1).map(pool::submit).toList();
        List<T> results = new ArrayList<>();
        try {
            if (!statements.isEmpty()) {
                results.add(statements.get(0).call());
            }
            for (Future<T> f : others) {
                results.add(f.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("roll-up failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("roll-up interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("roll-up failed", e);
        } finally {
            others.forEach(f -> f.cancel(false)); // nothing left running for an answer that failed
        }
        return results;
    }

    /** The statement's SQL as run: values from the right source, summed per target when only totals are wanted. */
    static String sql(RollupStatement statement, boolean totals, boolean approvedOnly) {
        if (approvedOnly && statement.yearlySums) {
            // yearly sums hold every value, approved or not
            throw new IllegalArgumentException(statement + " reads yearly sums: it cannot answer approved-only roll-ups");
        }
        String k = statement.series() ? "k, " : "";
        String sql = totals && !statement.totalsOnly
                ? "SELECT " + k + "indicator_id, target, CAST(NULL AS uuid), sum(value), bool_or(estimated), count(*) FROM ("
                + statement.sql.sql() + ") per_unit_figures GROUP BY 1, 2" + (statement.series() ? ", 3" : "")
                : statement.sql.sql();
        return sql.replace(RollupStatement.VALUES, approvedOnly ? "approved_value" : "data_value");
    }

    /** The values of the named parameters, in the statement's order. */
    static Object[] parameters(RollupStatement statement, Connection c, Job job) throws SQLException {
        LocalDate start = job.periods().get(0).start();
        LocalDate end = job.periods().get(job.periods().size() - 1).end();
        Map<String, Object> values = new HashMap<>();
        values.put("targets", c.createArrayOf("uuid", job.targets().toArray()));
        values.put("indicators", c.createArrayOf("uuid", job.indicators().toArray()));
        values.put("start", start);
        values.put("end", end);
        values.put("startYear", start.getYear());
        values.put("endYear", end.getYear());
        values.put("asOf", job.asOf());
        if (statement.series()) {
            values.put("starts", c.createArrayOf("date", job.periods().stream().map(q -> q.start().toString()).toArray()));
            values.put("ends", c.createArrayOf("date", job.periods().stream().map(q -> q.end().toString()).toArray()));
        }
        return statement.sql.bind(values);
    }

    /** One statement's leaves for each of the job's periods (one period unless the statement answers a series). */
    List<List<RollupEngine.Leaf>> run(Job job) {
        RollupStatement statement = job.statement();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql(statement, job.totals(), job.approvedOnly()));
             java.sql.Statement session = c.createStatement()) {
            // Roll-ups group 10^5 rows at national scale: let them hash in memory instead of spilling to disk.
            // One round trip for the session settings, one to reset them.
            session.execute("SET work_mem = '64MB'" + (statement.yearlySums ? "; SET max_parallel_workers_per_gather = 0" : ""));
            // A generic (parameter-blind) plan is poor here: one target or seventy change the best join order.
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            Object[] parameters = parameters(statement, c, job);
            for (int p = 0; p < parameters.length; p++) {
                ps.setObject(p + 1, parameters[p]);
            }
            List<List<RollupEngine.Leaf>> leaves = new ArrayList<>();
            job.periods().forEach(q -> leaves.add(new ArrayList<>()));
            try (ResultSet rs = ps.executeQuery()) {
                int at = statement.series() ? 1 : 0;
                while (rs.next()) {
                    leaves.get(statement.series() ? rs.getInt(1) - 1 : 0).add(new RollupEngine.Leaf(rs.getObject(at + 1, UUID.class),
                            rs.getObject(at + 2, UUID.class), rs.getObject(at + 3, UUID.class), rs.getBigDecimal(at + 4),
                            rs.getBoolean(at + 5), job.totals() ? rs.getInt(at + 6) : 1));
                }
            } finally {
                session.execute("RESET work_mem; RESET max_parallel_workers_per_gather"); // the connection goes back to a shared pool
            }
            return leaves;
        } catch (SQLException e) {
            throw new IllegalStateException("roll-up failed", e);
        }
    }
}
