package vn.vwu.platform.indicators.analytics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestIndicators.value;

/** Roll-up rules over units and time, on a small tree built by the test. */
@QuarkusTest
class RollupTest {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);

    /** Province with two communes; commune A has a branch. All report, at their own level. */
    record Tree(String province, String a, String b, String branch) {
        static Tree build(String name) {
            String p = TestUnits.province(name, FROM);
            String a = TestUnits.create(p, "COMMUNE", "Xã A", FROM);
            String b = TestUnits.create(p, "COMMUNE", "Xã B", FROM);
            return new Tree(p, a, b, TestUnits.create(a, "BRANCH", "Chi hội 1", FROM));
        }
    }

    @Test
    void flowsAddUpOverMonthsAndUnitsWithoutDoubleCounting() {
        Tree t = Tree.build("Hội LHPN tỉnh Cộng Dồn");
        String flow = TestIndicators.reported("MONTH", "SUM");
        List<Map<String, Object>> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String period = "2030-%02d".formatted(m);
            values.add(value(flow, t.a(), period, 10));      // A's own figure
            values.add(value(flow, t.b(), period, 20));
            values.add(value(flow, t.branch(), period, 1));  // the branch's own figure, not included in A's
        }
        TestIndicators.put(values);
        assertEquals(12 * 31, number(rollup(flow, t.province(), "2030", null, null), "rows[0].value"));
        assertEquals(3 * 31, number(rollup(flow, t.province(), "2030-Q1", null, null), "rows[0].value"));
        assertEquals(9 * 31, number(rollup(flow, t.province(), "2030-01-01..2030-09-30", null, null), "rows[0].value"));
        JsonPath children = rollup(flow, t.province(), "2030", "children", null);
        assertEquals(12 * 11, number(children, "rows.find { it.unit.id == '%s' }.value".formatted(t.a())));  // A + its branch
        assertEquals(12 * 20, number(children, "rows.find { it.unit.id == '%s' }.value".formatted(t.b())));
        JsonPath months = rollup(flow, t.province(), "2030", "period", null);
        assertEquals(12, months.getList("rows").size());
        assertEquals("2030-03", months.getString("rows[2].period"));
        assertEquals(31, number(months, "rows[2].value"));
    }

    @Test
    void stocksTakeEachUnitsLatestValueAndAveragesAverage() {
        Tree t = Tree.build("Hội LHPN tỉnh Tồn Kho");
        String stock = TestIndicators.reported("MONTH", "LAST");
        String avg = TestIndicators.reported("MONTH", "AVERAGE");
        TestIndicators.put(List.of(
                value(stock, t.a(), "2030-01", 100), value(stock, t.a(), "2030-11", 130),
                value(stock, t.b(), "2030-03", 50), value(stock, t.b(), "2030-12", 55),
                value(avg, t.a(), "2030-01", 10), value(avg, t.a(), "2030-02", 20)));
        assertEquals(130 + 55, number(rollup(stock, t.province(), "2030", null, null), "rows[0].value"));
        assertEquals(100 + 50, number(rollup(stock, t.province(), "2030-Q1", null, null), "rows[0].value"));
        assertEquals(15, number(rollup(avg, t.province(), "2030", null, null), "rows[0].value"));
    }

    @Test
    void aStockCountsOnceUnderAnAncestorItsUnitMovedInsideOfAndWhereItEnds() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String province = TestUnits.province("Hội LHPN tỉnh Điều Chuyển Tồn Kho", from);
        String first = TestUnits.create(province, "DISTRICT", "Huyện Thứ Nhất", from);
        String second = TestUnits.create(province, "DISTRICT", "Huyện Thứ Hai", from);
        String commune = TestUnits.create(first, "COMMUNE", "Xã Đổi Huyện", from);
        String closed = TestUnits.create(second, "COMMUNE", "Xã Giải Thể", from, LocalDate.of(2031, 9, 1));
        String stock = TestIndicators.reported("MONTH", "LAST");
        List<Map<String, Object>> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            values.add(value(stock, commune, "2031-%02d".formatted(m), 100 + m));
            if (m <= 8) {
                values.add(value(stock, closed, "2031-%02d".formatted(m), 1000));
            }
        }
        TestIndicators.put(values);
        TestUnits.move(commune, second, LocalDate.of(2031, 7, 1));
        // December's 112 once (not June's 106 as well); the commune closed in August holds no stock at year end
        assertEquals(112, number(rollup(stock, province, "2031", null, null), "rows[0].value"));
        assertEquals(112, number(rollup(stock, second, "2031", null, null), "rows[0].value"));
        // within the closed commune's life its latest value still counts
        assertEquals(106 + 1000, number(rollup(stock, province, "2031-H1", null, null), "rows[0].value"));
    }

    /**
     * A series (`by=period`) computes its months together; each must be what that month asked alone gives, for
     * every kind of rule, under a subtree a commune moved into mid-year and one commune closed in September.
     */
    @Test
    void eachMonthOfASeriesIsWhatThatMonthAskedAloneGives() {
        LocalDate from = LocalDate.of(2032, 1, 1);
        String province = TestUnits.province("Hội LHPN tỉnh Chuỗi Tháng", from);
        String first = TestUnits.create(province, "DISTRICT", "Huyện Đầu", from);
        String second = TestUnits.create(province, "DISTRICT", "Huyện Sau", from);
        String staying = TestUnits.create(first, "COMMUNE", "Xã Ở Lại", from);
        String moving = TestUnits.create(first, "COMMUNE", "Xã Chuyển Đi", from);
        String closing = TestUnits.create(second, "COMMUNE", "Xã Giải Thể", from, LocalDate.of(2032, 9, 1));
        String flow = TestIndicators.reported("MONTH", "SUM");
        String base = TestIndicators.reported("MONTH", "SUM");
        String stock = TestIndicators.reported("MONTH", "LAST");
        String average = TestIndicators.reported("MONTH", "AVERAGE");
        String share = TestIndicators.computed("RATIO", Map.of("numeratorCode", flow, "denominatorCode", base, "factor", 100, "periodType", "MONTH"));
        String busy = TestIndicators.computed("COUNT_UNITS", Map.of("numeratorCode", flow, "countOperator", ">=", "countThreshold", 8,
                "valueType", "INTEGER", "decimals", 0, "periodType", "MONTH"));
        List<Map<String, Object>> values = new ArrayList<>();
        List<String> communes = List.of(staying, moving, closing);
        for (int m = 1; m <= 12; m++) {
            for (int k = 0; k < communes.size(); k++) {
                if (communes.get(k).equals(closing) && m > 8 || m % (k + 2) == 0) {
                    continue; // closed, or a month this commune did not report
                }
                String period = "2032-%02d".formatted(m);
                values.add(value(flow, communes.get(k), period, m + 3 * k));
                values.add(value(base, communes.get(k), period, 10 + k));
                values.add(value(stock, communes.get(k), period, 100 * (k + 1) + m));
                values.add(value(average, communes.get(k), period, m * (k + 1)));
            }
        }
        TestIndicators.put(values);
        TestUnits.move(moving, second, LocalDate.of(2032, 7, 1));
        String all = String.join(",", flow, base, stock, average, share, busy);
        for (String target : List.of(province, first, second)) {
            assertEachMonthAsAlone(all, target, "2032", 12);
            assertEachMonthAsAlone(all, target, "2032-Q3", 3);
        }
    }

    private static void assertEachMonthAsAlone(String indicators, String target, String period, int months) {
        List<Map<String, Object>> series = rollup(indicators, target, period, "period", null).getList("rows");
        assertEquals(6 * months, series.size());
        Map<Object, List<Map<String, Object>>> byMonth = new java.util.TreeMap<>();
        series.forEach(row -> byMonth.computeIfAbsent(row.get("period"), p -> new ArrayList<>()).add(row));
        assertEquals(months, byMonth.size());
        byMonth.forEach((month, rows) -> assertEquals(rollup(indicators, target, (String) month, null, null).getList("rows"), rows,
                month + " under " + target));
    }

    @Test
    void ratiosAreRecomputedFromSummedPartsNeverAveraged() {
        Tree t = Tree.build("Hội LHPN tỉnh Tỷ Lệ");
        String women = TestIndicators.reported("YEAR", "LAST");
        String members = TestIndicators.reported("YEAR", "LAST");
        String share = TestIndicators.computed("RATIO", Map.of("numeratorCode", women, "denominatorCode", members, "factor", 100));
        TestIndicators.put(List.of(value(women, t.a(), "2030", 1), value(members, t.a(), "2030", 2),      // 50 %
                value(women, t.b(), "2030", 6), value(members, t.b(), "2030", 24)));                          // 25 %
        JsonPath r = rollup(share, t.province(), "2030", null, null);
        assertEquals("26.9", r.getString("rows[0].value"));   // 7 / 26, not (50 + 25) / 2
        assertEquals(7, number(r, "rows[0].numerator"));
        assertEquals(26, number(r, "rows[0].denominator"));
    }

    @Test
    void countUnitsCountsReportingUnitsMeetingTheCondition() {
        Tree t = Tree.build("Hội LHPN tỉnh Đếm");
        String activities = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String atLeastOne = TestIndicators.computed("COUNT_UNITS", Map.of("numeratorCode", activities, "countOperator", ">=",
                "countThreshold", 1, "valueType", "INTEGER", "decimals", 0));
        TestIndicators.put(List.of(value(activities, t.a(), "2030", 3), value(activities, t.b(), "2030", 0)));
        JsonPath r = rollup(atLeastOne, t.province(), "2030", null, null);
        assertEquals(1, number(r, "rows[0].value"));
        assertEquals(2, number(r, "rows[0].reportingUnits"));
    }

    @Test
    void disaggregatedValuesAddUpToTheTotal() {
        Tree t = Tree.build("Hội LHPN tỉnh Dân Tộc");
        String members = TestIndicators.reported("YEAR", "LAST", "INTEGER", List.of("COMMUNE"), Map.of("categoryOptions", List.of("DTTS", "KHONG_DTTS")));
        Map<String, Object> a1 = value(members, t.a(), "2030", 40);
        a1.put("categoryOption", "DTTS");
        Map<String, Object> a2 = value(members, t.a(), "2030", 60);
        a2.put("categoryOption", "KHONG_DTTS");
        TestIndicators.put(List.of(a1, a2));
        assertEquals(100, number(rollup(members, t.province(), "2030", null, null), "rows[0].value"));
    }

    @Test
    void aValueWrittenIsInTheVeryNextRollup() {
        Tree t = Tree.build("Hội LHPN tỉnh Tức Thì");
        String flow = TestIndicators.reported("YEAR", "SUM");
        TestIndicators.put(List.of(value(flow, t.a(), "2030", 5)));
        assertEquals(5, number(rollup(flow, t.province(), "2030", null, null), "rows[0].value"));
        TestIndicators.put(List.of(value(flow, t.a(), "2030", 8), value(flow, t.b(), "2030", 1)));
        assertEquals(9, number(rollup(flow, t.province(), "2030", null, null), "rows[0].value"));
    }

    @Test
    void noDataMeansNoValueRatherThanZero() {
        Tree t = Tree.build("Hội LHPN tỉnh Trống");
        String flow = TestIndicators.reported("YEAR", "SUM");
        given().queryParam("indicator", flow).queryParam("unitId", t.province()).queryParam("period", "2030")
                .get("/api/v1/analytics/values").then().statusCode(200)
                .body("rows[0].value", equalTo(null)).body("rows[0].reportingUnits", equalTo(0));
    }

    @Test
    void badQueriesAreRefused() {
        Tree t = Tree.build("Hội LHPN tỉnh Tham Số");
        String yearly = TestIndicators.reported("YEAR", "SUM");
        String url = "/api/v1/analytics/values";
        assertProblem(given().queryParam("unitId", t.province()).queryParam("period", "2030").get(url).then(), 400, "indicator");
        assertProblem(given().queryParam("indicator", "NOPE").queryParam("unitId", t.province()).queryParam("period", "2030").get(url).then(), 400, "indicator");
        assertProblem(given().queryParam("indicator", yearly).queryParam("period", "2030").get(url).then(), 400, "unitId");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", "x").queryParam("period", "2030").get(url).then(), 400, "unitId");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030-13").get(url).then(), 400, "period");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030-Q1").get(url).then(), 400, "period");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030").queryParam("by", "region").get(url).then(), 400, "by");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030").queryParam("by", "period").get(url).then(), 400, "by");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030").queryParam("structureAsOf", "soon").get(url).then(), 400, "structureAsOf");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2029").get(url).then(), 422, "period");
        assertProblem(given().queryParam("indicator", yearly).queryParam("unitId", t.province()).queryParam("period", "2030").queryParam("structureAsOf", "2029-06-01").get(url).then(), 422, "structureAsOf");
    }

    static JsonPath rollup(String indicator, String unit, String period, String by, String structureAsOf) {
        var request = given().queryParam("indicator", indicator).queryParam("unitId", unit).queryParam("period", period);
        if (by != null) {
            request = request.queryParam("by", by);
        }
        if (structureAsOf != null) {
            request = request.queryParam("structureAsOf", structureAsOf);
        }
        return request.get("/api/v1/analytics/values").then().statusCode(200).extract().jsonPath();
    }

    static double number(JsonPath json, String path) {
        return ((Number) json.get(path)).doubleValue();
    }
}
