package vn.vwu.platform.indicators.analytics;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.indicators.analytics.RollupTest.number;
import static vn.vwu.platform.indicators.analytics.RollupTest.rollup;
import static vn.vwu.platform.testing.TestIndicators.value;

/** Roll-ups over whole years read yearly partial sums; they must agree with the monthly values exactly. */
@QuarkusTest
class YearlySumsTest {

    @Inject
    EntityManager em;

    @Test
    void aUnitMovedMidYearCountsUnderEachParentForItsOwnMonths() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p1 = TestUnits.province("Hội LHPN tỉnh Nơi Đi", from);
        String p2 = TestUnits.province("Hội LHPN tỉnh Nơi Đến", from);
        String a = TestUnits.create(p1, "COMMUNE", "Xã Chuyển", from);
        String flow = TestIndicators.reported("MONTH", "SUM");
        List<Map<String, Object>> values = new ArrayList<>();
        for (int y = 2030; y <= 2032; y++) {
            for (int m = 1; m <= 12; m++) {
                values.add(value(flow, a, "%d-%02d".formatted(y, m), 10));
            }
        }
        TestIndicators.put(values);
        TestUnits.move(a, p2, LocalDate.of(2031, 7, 1));
        assertEquals(120, number(rollup(flow, p1, "2030", null, null), "rows[0].value"));   // whole year under p1
        assertEquals(60, number(rollup(flow, p1, "2031", null, null), "rows[0].value"));    // January to June
        assertEquals(60, number(rollup(flow, p2, "2031", null, null), "rows[0].value"));    // July to December
        assertEquals(120 + 60, number(rollup(flow, p1, "2030-2032", null, null), "rows[0].value"));
        assertEquals(60 + 120, number(rollup(flow, p2, "2031-2033", null, null), "rows[0].value"));
        assertEquals(30, number(rollup(flow, p1, "2031-Q2", null, null), "rows[0].value"));
    }

    @Test
    void unitsEndingAndBeginningMidYearCountForTheMonthsTheyExisted() {
        // as in the 2025 reform: communes end on 30 June, new ones begin on 1 July, under the same province
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p = TestUnits.province("Hội LHPN tỉnh Sắp Xếp", from);
        String other = TestUnits.province("Hội LHPN tỉnh Bên Cạnh", from);
        String old = TestUnits.create(p, "COMMUNE", "Xã Cũ", from, LocalDate.of(2031, 7, 1));
        String young = TestUnits.create(p, "COMMUNE", "Xã Mới", LocalDate.of(2031, 7, 1));
        // a commune that moved while it existed still needs its months split between the two provinces
        String moved = TestUnits.create(other, "COMMUNE", "Xã Chuyển Giữa Năm", from);
        String flow = TestIndicators.reported("MONTH", "SUM");
        List<Map<String, Object>> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            values.add(value(flow, m <= 6 ? old : young, "2031-%02d".formatted(m), m <= 6 ? 7 : 11));
            values.add(value(flow, moved, "2031-%02d".formatted(m), 100));
        }
        TestIndicators.put(values);
        TestUnits.move(moved, p, LocalDate.of(2031, 10, 1));
        assertEquals(6 * 7 + 6 * 11 + 300, number(rollup(flow, p, "2031", null, null), "rows[0].value"));
        // the old commune and the new one from their yearly sums, the moved one month by month: three units
        assertEquals(3, number(rollup(flow, p, "2031", null, null), "rows[0].reportingUnits"));
        assertEquals(900, number(rollup(flow, other, "2031", null, null), "rows[0].value"));
        assertEquals(1, number(rollup(flow, other, "2031", null, null), "rows[0].reportingUnits"));
        // the same figures month by month (a range is read from the monthly values, never from the yearly sums)
        assertEquals(6 * 7 + 6 * 11 + 300, number(rollup(flow, p, "2031-01-01..2031-12-31", null, null), "rows[0].value"));
        assertEquals(6 * 7 + 6 * 11 + 300, number(rollup(flow, p, "2031-H1", null, null), "rows[0].value")
                + number(rollup(flow, p, "2031-H2", null, null), "rows[0].value"));
    }

    @Test
    void updatesAndRestatementReadTheMaintainedSums() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p = TestUnits.province("Hội LHPN tỉnh Cập Nhật", from);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", from);
        String flow = TestIndicators.reported("QUARTER", "SUM");
        TestIndicators.put(List.of(value(flow, a, "2030-Q1", 10), value(flow, a, "2030-Q4", 5)));
        assertEquals(15, number(rollup(flow, p, "2030", null, null), "rows[0].value"));
        TestIndicators.put(List.of(value(flow, a, "2030-Q1", 4)));
        assertEquals(9, number(rollup(flow, p, "2030", null, null), "rows[0].value"));
        assertEquals(9, number(rollup(flow, p, "2030", null, "2030-06-01"), "rows[0].value"));
    }

    @Test
    void stocksAndAveragesHaveNoYearlySumsAndTheirRulesCannotChange() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p = TestUnits.province("Hội LHPN tỉnh Tồn Kho", from);
        String a = TestUnits.create(p, "COMMUNE", "Xã Tồn", from);
        String stock = TestIndicators.reported("MONTH", "LAST");
        String average = TestIndicators.reported("MONTH", "AVERAGE");
        TestIndicators.put(List.of(value(stock, a, "2030-03", 40), value(stock, a, "2030-11", 42),
                value(average, a, "2030-03", 10), value(average, a, "2030-11", 20)));
        assertEquals(42, number(rollup(stock, p, "2030", null, null), "rows[0].value"));
        assertEquals(15, number(rollup(average, p, "2030", null, null), "rows[0].value"));
        String ids = "(SELECT id FROM indicator WHERE code IN ('" + stock + "', '" + average + "'))";
        assertEquals(0, ((Number) em.createNativeQuery("SELECT count(*) FROM value_year WHERE indicator_id IN " + ids).getSingleResult()).intValue());
        // which indicators have yearly sums follows their rules: the database refuses to change them (as PATCH does)
        for (String change : List.of("time_aggregation = 'SUM'", "period_type = 'QUARTER'")) {
            jakarta.persistence.PersistenceException refused = org.junit.jupiter.api.Assertions.assertThrows(jakarta.persistence.PersistenceException.class,
                    () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                            em.createNativeQuery("UPDATE indicator SET " + change + " WHERE code = '" + stock + "'").executeUpdate()));
            org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(refused.getCause()).contains("cannot change"), change + ": " + refused.getCause());
        }
    }

    @Test
    void theYearlySumsEqualTheValuesEverywhere() {
        String fromValues = """
                SELECT d.indicator_id, d.unit_id, extract(year FROM d.period_start)::smallint AS year, sum(d.value) AS total
                FROM data_value d JOIN indicator i ON i.id = d.indicator_id
                WHERE i.period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR') AND i.time_aggregation = 'SUM'
                GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0""";
        String maintained = "SELECT indicator_id, unit_id, year, total FROM value_year WHERE total <> 0";
        for (String sql : List.of("(" + fromValues + ") EXCEPT (" + maintained + ")", "(" + maintained + ") EXCEPT (" + fromValues + ")")) {
            Number mismatches = (Number) em.createNativeQuery("SELECT count(*) FROM (" + sql + ") x").getSingleResult();
            assertEquals(0, mismatches.intValue(), sql);
        }
    }
}
