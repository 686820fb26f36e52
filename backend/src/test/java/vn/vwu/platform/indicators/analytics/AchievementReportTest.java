package vn.vwu.platform.indicators.analytics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestIndicators.value;

@QuarkusTest
class AchievementReportTest {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);

    @Test
    void reportsActualTargetStatusAndYearOnYearChange() {
        String p = TestUnits.province("Hội LHPN tỉnh Thành Tích", FROM);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", FROM);
        String b = TestUnits.create(p, "COMMUNE", "Xã B", FROM);
        String newMembers = TestIndicators.reported("MONTH", "SUM");
        String poorOut = TestIndicators.reported("YEAR", "SUM");
        String houses = TestIndicators.reported("YEAR", "SUM");
        String loans = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        TestIndicators.put(List.of(
                value(newMembers, a, "2031-03", 3000), value(newMembers, b, "2031-10", 1094),   // 4,094 in 2031
                value(newMembers, a, "2030-05", 3600),                                           // 3,600 in 2030
                value(poorOut, a, "2031", 1000), value(poorOut, b, "2031", 1000),               // exactly the target
                value(houses, a, "2031", 10)));                                                   // 10 of 26
        putTargets(List.of(target(newMembers, p, "2031", 2100), target(poorOut, p, "2031", 2000),
                target(houses, a, "2031", 20), target(houses, b, "2031", 6),                     // province target from children: 26
                target(loans, p, "2031", 5)));
        JsonPath r = given().queryParam("unitId", p).queryParam("period", "2031")
                .queryParam("indicator", String.join(",", newMembers, poorOut, houses, loans))
                .get("/api/v1/analytics/achievement").then().statusCode(200).extract().jsonPath();
        assertEquals("EXCEEDED", row(r, newMembers, "status"));
        assertEquals("195.0", row(r, newMembers, "percent"));
        assertEquals("4094", row(r, newMembers, "actual"));
        assertEquals("3600", row(r, newMembers, "previous"));
        assertEquals("494", row(r, newMembers, "change"));
        assertEquals("13.7", row(r, newMembers, "changePercent"));
        assertEquals("MET", row(r, poorOut, "status"));
        assertEquals("NOT_MET", row(r, houses, "status"));
        assertEquals("26", row(r, houses, "target"));
        assertEquals("CHILDREN_SUM", row(r, houses, "targetSource"));
        assertEquals("EXPLICIT", row(r, newMembers, "targetSource"));
        assertEquals("NO_DATA", row(r, loans, "status"));
        assertEquals("4 chỉ tiêu: 1 vượt, 1 đạt, 0 đạt từ 50% trở lên, 1 chưa đạt, 1 chưa có số liệu", r.getString("summary.text"));
        assertEquals(1, r.getInt("summary.exceeded"));
    }

    @Test
    void targetsAreValidatedLikeValues() {
        String p = TestUnits.province("Hội LHPN tỉnh Giao Chỉ Tiêu", FROM);
        String yearly = TestIndicators.reported("YEAR", "SUM");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("targets", List.of(
                target(yearly, p, "2031-Q1", 5),          // finer than the indicator
                target(yearly, p, "2029", 5),             // before the unit existed
                target("NOPE", p, "2031", 5),
                target(yearly, p, "2031", -1))))          // below the minimum
                .put("/api/v1/targets").then(), 422)
                .body("errors.field", equalTo(List.of("targets[0].period", "targets[1].period", "targets[2].indicator", "targets[3].value")));
        putTargets(List.of(target(yearly, p, "2030-2035", 500)));
        given().queryParam("indicator", yearly).get("/api/v1/targets").then().statusCode(200)
                .body("items[0].period", equalTo("2030-2035")).body("items[0].value", equalTo(500));
        assertProblem(given().queryParam("period", "someday").get("/api/v1/targets").then(), 400, "period");
        given().queryParam("unitId", p).queryParam("period", "2031").get("/api/v1/analytics/achievement").then().statusCode(200);
        assertProblem(given().queryParam("period", "2031").get("/api/v1/analytics/achievement").then(), 400, "unitId");
    }

    @Test
    void aNineMonthReviewIsMeasuredAgainstTheYearsTargetsWhenAsked() throws Exception {
        String p = TestUnits.province("Hội LHPN tỉnh Sơ Kết Chín Tháng", FROM);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", FROM);
        String b = TestUnits.create(p, "COMMUNE", "Xã B", FROM);
        String newMembers = TestIndicators.reported("MONTH", "SUM");
        String members = TestIndicators.reported("MONTH", "LAST");
        TestIndicators.put(List.of(
                value(newMembers, a, "2031-02", 700), value(newMembers, b, "2031-09", 800),  // 1,500 by the end of September
                value(newMembers, a, "2031-10", 900),                                         // October: not in the review
                value(newMembers, a, "2030-05", 1000),                                        // the same nine months of 2030
                value(members, a, "2031-09", 4000), value(members, b, "2031-09", 5000)));
        putTargets(List.of(target(newMembers, p, "2031", 2000), target(members, a, "2031", 4500), target(members, b, "2031", 4500)));
        String nineMonths = "2031-01-01..2031-09-30";
        JsonPath r = given().queryParam("unitId", p).queryParam("period", nineMonths).queryParam("targetPeriod", "2031")
                .queryParam("indicator", newMembers + "," + members)
                .get("/api/v1/analytics/achievement").then().statusCode(200).extract().jsonPath();
        assertEquals(nineMonths, r.getString("period"));
        assertEquals("2031", r.getString("targetPeriod"));
        assertEquals("1500", row(r, newMembers, "actual"));
        assertEquals("75.0", row(r, newMembers, "percent"));
        assertEquals("PARTIAL", row(r, newMembers, "status"));
        assertEquals("EXPLICIT", row(r, newMembers, "targetSource"));
        assertEquals("1000", row(r, newMembers, "previous"));
        assertEquals("9000", row(r, members, "actual"));
        assertEquals("9000", row(r, members, "target"));
        assertEquals("CHILDREN_SUM", row(r, members, "targetSource"));
        assertEquals("MET", row(r, members, "status"));

        // Without targetPeriod the range has no targets of its own; the response says whose targets it looked for.
        JsonPath own = given().queryParam("unitId", p).queryParam("period", nineMonths).queryParam("indicator", newMembers)
                .get("/api/v1/analytics/achievement").then().statusCode(200).extract().jsonPath();
        assertEquals(nineMonths, own.getString("targetPeriod"));
        assertEquals("NO_TARGET", row(own, newMembers, "status"));

        byte[] xlsx = given().queryParam("unitId", p).queryParam("period", nineMonths).queryParam("targetPeriod", "2031")
                .queryParam("indicator", newMembers).get("/api/v1/analytics/achievement/export").then().statusCode(200).extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals("KẾT QUẢ THỰC HIỆN CHỈ TIÊU — Hội LHPN tỉnh Sơ Kết Chín Tháng — " + nineMonths + " (so với chỉ tiêu 2031)",
                    wb.getFirstSheet().read().get(0).getCellText(0));
        }

        assertProblem(given().queryParam("unitId", p).queryParam("period", nineMonths).queryParam("targetPeriod", "2031-Q3")
                .get("/api/v1/analytics/achievement").then(), 422, "targetPeriod");
        assertProblem(given().queryParam("unitId", p).queryParam("period", "2031").queryParam("targetPeriod", "2031-01-01..2031-12-31")
                .get("/api/v1/analytics/achievement").then(), 400, "targetPeriod");
        assertProblem(given().queryParam("unitId", p).queryParam("period", "2031").queryParam("targetPeriod", "next year")
                .get("/api/v1/analytics/achievement/export").then(), 400, "targetPeriod");
    }

    @Test
    void theReportExportsToExcelInTheLayoutOfAFormalReport() throws Exception {
        String p = TestUnits.province("Hội LHPN tỉnh Xuất Báo Cáo", FROM);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", FROM);
        String houses = TestIndicators.reported("YEAR", "SUM");
        TestIndicators.put(List.of(value(houses, a, "2031", 30), value(houses, a, "2030", 24)));
        putTargets(List.of(target(houses, p, "2031", 20)));
        byte[] xlsx = given().queryParam("unitId", p).queryParam("period", "2031").queryParam("indicator", houses)
                .get("/api/v1/analytics/achievement/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals("KẾT QUẢ THỰC HIỆN CHỈ TIÊU — Hội LHPN tỉnh Xuất Báo Cáo — 2031", rows.get(0).getCellText(0));
            assertEquals("1 chỉ tiêu: 1 vượt, 0 đạt, 0 đạt từ 50% trở lên, 0 chưa đạt", rows.get(1).getCellText(0));
            org.dhatim.fastexcel.reader.Row first = rows.stream().filter(r -> houses.equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals("người", first.getCellText(3), "the unit of measure in words, not its code 'person'");
            assertEquals(0, new java.math.BigDecimal("30").compareTo(first.getCell(4).asNumber()));
            assertEquals(0, new java.math.BigDecimal("20").compareTo(first.getCell(5).asNumber()));
            assertEquals(0, new java.math.BigDecimal("150").compareTo(first.getCell(7).asNumber()));
            assertEquals("Vượt", first.getCellText(8));
            assertEquals(0, new java.math.BigDecimal("6").compareTo(first.getCell(10).asNumber()));
        }
        assertProblem(given().queryParam("period", "2031").get("/api/v1/analytics/achievement/export").then(), 400, "unitId");
    }

    private static String row(JsonPath r, String indicator, String field) {
        return r.getString("rows.find { it.indicator == '%s' }.%s".formatted(indicator, field));
    }

    private static Map<String, Object> target(String indicator, String unit, String period, Object value) {
        return Map.of("indicator", indicator, "unitId", unit, "period", period, "value", value);
    }

    private static void putTargets(List<Map<String, Object>> targets) {
        given().contentType(ContentType.JSON).body(Map.of("targets", targets)).put("/api/v1/targets").then().statusCode(200);
    }
}
