package vn.vwu.platform.indicators.analytics;

import org.junit.jupiter.api.Test;
import vn.vwu.platform.indicators.Period;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every statement kind of the named-parameter catalogue runs exactly what the positional engine ran: the same SQL
 * text (all values, and approved-only) and the same values in the same order, for a single period, a series and a
 * restatement. Same statement, same values: same roll-ups.
 */
class RollupStatementParityTest {

    private static final List<UUID> TARGETS = List.of(UUID.randomUUID(), UUID.randomUUID());
    private static final List<UUID> INDICATORS = List.of(UUID.randomUUID());

    @Test
    void everyStatementKindRunsTheSameSqlWithTheSameValues() throws Exception {
        Class<?> kind = Class.forName(PositionalRollupEngine.class.getName() + "$Kind");
        Field oldSql = kind.getDeclaredField("sql");
        oldSql.setAccessible(true);
        Method oldParameters = kind.getDeclaredMethod("parameters", Connection.class, Array.class, Array.class, List.class, LocalDate.class);
        oldParameters.setAccessible(true);
        Connection c = connection();
        List<List<Period>> periodLists = List.of(List.of(Period.parse("period", "2025", false)), List.of(Period.parse("period", "2025-07", false)),
                List.of(Period.parse("period", "2026-01", false), Period.parse("period", "2026-02", false), Period.parse("period", "2026-03", false)));
        assertEquals(RollupStatement.values().length, kind.getEnumConstants().length, "the same statement kinds");
        for (Object old : kind.getEnumConstants()) {
            RollupStatement now = RollupStatement.valueOf(((Enum<?>) old).name());
            String positional = (String) oldSql.get(old);
            for (boolean totals : new boolean[]{false, true}) {
                assertEquals(wrapped(positional, now, totals), RollupExecutor.sql(now, totals, false), now + " SQL");
                if (!now.yearlySums) {
                    String approved = wrapped(positional, now, totals).replace("FROM data_value d", "FROM approved_value d")
                            .replace("JOIN data_value d", "JOIN approved_value d");
                    assertEquals(approved, RollupExecutor.sql(now, totals, true), now + " approved-only SQL");
                }
            }
            for (List<Period> qs : periodLists) {
                if (now.series() != (qs.size() > 1)) {
                    continue;
                }
                LocalDate asOf = LocalDate.parse("2026-01-01");
                Object[] before = (Object[]) oldParameters.invoke(old, c, c.createArrayOf("uuid", TARGETS.toArray()),
                        c.createArrayOf("uuid", INDICATORS.toArray()), qs, asOf);
                Object[] after = RollupExecutor.parameters(now, c, new RollupExecutor.Job(now, INDICATORS, TARGETS, qs, asOf, false, false));
                assertArrayEquals(Arrays.stream(before).map(String::valueOf).toArray(), Arrays.stream(after).map(String::valueOf).toArray(),
                        now + " values for " + qs);
            }
        }
    }

    /** What the positional engine sent for a statement: summed per target when only totals were wanted. */
    private static String wrapped(String sql, RollupStatement statement, boolean totals) {
        String k = statement.series() ? "k, " : "";
        return totals && !statement.totalsOnly
                ? "SELECT " + k + "indicator_id, target, CAST(NULL AS uuid), sum(value), bool_or(estimated), count(*) FROM ("
                + sql + ") per_unit_figures GROUP BY 1, 2" + (statement.series() ? ", 3" : "") : sql;
    }

    /** A connection that only makes arrays, each shown as its type and elements (what the comparison needs). */
    private static Connection connection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            if (!method.getName().equals("createArrayOf")) {
                throw new UnsupportedOperationException(method.getName());
            }
            String shown = args[0] + Arrays.toString((Object[]) args[1]);
            return Proxy.newProxyInstance(Array.class.getClassLoader(), new Class<?>[]{Array.class}, (p, m, a) -> switch (m.getName()) {
                case "toString" -> shown;
                case "hashCode" -> shown.hashCode();
                case "equals" -> a[0] != null && shown.equals(a[0].toString());
                default -> throw new UnsupportedOperationException(m.getName());
            });
        });
    }
}
