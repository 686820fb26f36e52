package vn.vwu.platform.indicators.values;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestIndicators.value;

@QuarkusTest
class ValueWriteTest {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);

    @Test
    void upsertCountsCreatedUpdatedAndUnchanged() {
        String ind = TestIndicators.reported("MONTH", "SUM");
        String province = TestUnits.province("Hội LHPN tỉnh Nhập Liệu", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        String b = TestUnits.create(province, "COMMUNE", "Xã B", FROM);
        put(List.of(value(ind, a, "2030-01", 10), value(ind, b, "2030-01", 20))).body("created", equalTo(2)).body("updated", equalTo(0));
        put(List.of(value(ind, a, "2030-01", 10), value(ind, b, "2030-01", 25), value(ind, b, "2030-02", 3)))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        given().queryParam("indicator", ind).queryParam("unitId", province).queryParam("descendants", true).queryParam("period", "2030")
                .get("/api/v1/values").then().statusCode(200).body("total", equalTo(3))
                .body("items.find { it.unitId == '%s' && it.period == '2030-01' }.value".formatted(b), equalTo(25))
                .body("items.find { it.unitId == '%s' && it.period == '2030-01' }.version".formatted(b), equalTo(1));
    }

    @Test
    void aCommentHasAMaximumLength() {
        String ind = TestIndicators.reported("YEAR", "SUM");
        String province = TestUnits.province("Hội LHPN tỉnh Ghi Chú Dài", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        Map<String, Object> row = new java.util.HashMap<>(value(ind, a, "2030", 7));
        row.put("comment", "Ghi chú rất dài. ".repeat(100));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("values", List.of(row))).put("/api/v1/values").then(), 422,
                "values[0].comment");
        row.put("comment", "đ".repeat(1000));
        given().contentType(ContentType.JSON).body(Map.of("values", List.of(row))).put("/api/v1/values").then().statusCode(200);
    }

    @Test
    void dryRunWritesNothing() {
        String ind = TestIndicators.reported("YEAR", "SUM");
        String province = TestUnits.province("Hội LHPN tỉnh Thử Trước", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(Map.of("values", List.of(value(ind, a, "2030", 7))))
                .put("/api/v1/values").then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("total", equalTo(0));
    }

    @Test
    void everyBadRowIsListedAndNothingIsWritten() {
        String ind = TestIndicators.reported("MONTH", "SUM");
        String money = TestIndicators.reported("YEAR", "SUM", "MONEY", List.of("COMMUNE"), Map.of());
        String province = TestUnits.province("Hội LHPN tỉnh Lỗi Dòng", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        String closed = TestUnits.create(province, "COMMUNE", "Xã Đã Đóng", FROM, LocalDate.of(2030, 7, 1));
        List<Map<String, Object>> rows = List.of(
                value(ind, a, "2030-01", 10),                 // 0: fine
                value(ind, a, "2030", 10),                    // 1: wrong period type
                value(ind, a, "2030-13", 10),                 // 2: bad period
                value(ind, a, "2030-02", -1),                 // 3: below minimum
                value(ind, a, "2030-03", 1.5),                // 4: not a whole number
                value(ind, closed, "2030-07", 4),             // 5: unit closed on 2030-06-30
                value(ind, province, "2030-01", 4),           // 6: province does not report
                value("NO-SUCH", a, "2030-01", 4),            // 7: unknown indicator
                value(money, a, "2030", 1200000.5),           // 8: VND must be whole
                value(ind, a, "2030-01", 11),                 // 9: duplicate of row 0
                value("VWU-MEM-RATE", a, "2030", 50));        // 10: computed indicator
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("values", rows)).put("/api/v1/values").then(), 422)
                .body("errors.field", hasItems("values[1].period", "values[2].period", "values[3].value", "values[4].value",
                        "values[5].period", "values[6].unitId", "values[7].indicator", "values[8].value", "values[9].period", "values[10].indicator"))
                .body("detail", containsString("nothing was written"));
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("total", equalTo(0));
    }

    @Test
    void aUnitClosedAtTheReformCannotReportForTheNextQuarter() {
        String ind = TestIndicators.reported("QUARTER", "SUM", "INTEGER", List.of("PROVINCE"), Map.of());
        String bacLieu = given().queryParam("asOf", "2025-06-30").queryParam("level", "PROVINCE").queryParam("code", "95")
                .get("/api/v1/units").then().extract().path("items[0].id");
        put(List.of(value(ind, bacLieu, "2025-Q2", 3))).body("created", equalTo(1));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("values", List.of(value(ind, bacLieu, "2025-Q3", 3))))
                .put("/api/v1/values").then(), 422, "values[0].period").body("errors[0].message", containsString("2025-06-30"));
    }

    @Test
    void disaggregatedIndicatorsNeedAnOption() {
        String ind = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("COMMUNE"), Map.of("categoryOptions", List.of("DTTS", "KHONG_DTTS")));
        String province = TestUnits.province("Hội LHPN tỉnh Phân Tổ", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        Map<String, Object> noOption = value(ind, a, "2030", 5);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("values", List.of(noOption))).put("/api/v1/values").then(), 422,
                "values[0].categoryOption");
        Map<String, Object> dtts = value(ind, a, "2030", 5);
        dtts.put("categoryOption", "DTTS");
        Map<String, Object> other = value(ind, a, "2030", 7);
        other.put("categoryOption", "KHONG_DTTS");
        put(List.of(dtts, other)).body("created", equalTo(2));
    }

    @Test
    void staleExpectedVersionIsRefused() {
        String ind = TestIndicators.reported("YEAR", "SUM");
        String province = TestUnits.province("Hội LHPN tỉnh Phiên Bản", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        put(List.of(value(ind, a, "2030", 1)));
        Map<String, Object> edit = value(ind, a, "2030", 2);
        edit.put("expectedVersion", 0);
        put(List.of(edit)).body("updated", equalTo(1));
        Map<String, Object> stale = value(ind, a, "2030", 3);
        stale.put("expectedVersion", 0);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("values", List.of(stale))).put("/api/v1/values").then(), 412);
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("items[0].value", equalTo(2));
    }

    @Test
    void malformedRequestsAreRefused() {
        assertProblem(given().contentType(ContentType.JSON).body("{}").put("/api/v1/values").then(), 400, "values");
        assertProblem(given().contentType(ContentType.JSON).body("{\"values\":[]}").put("/api/v1/values").then(), 400, "values");
        assertProblem(given().contentType(ContentType.JSON).body("{\"values\":[{\"value\":\"ten\"}]}").put("/api/v1/values").then(), 400);
        assertProblem(given().contentType(ContentType.JSON).queryParam("dryRun", "yes").body("{\"values\":[{}]}").put("/api/v1/values").then(), 400, "dryRun");
        assertProblem(given().queryParam("period", "2030-Q9").get("/api/v1/values").then(), 400, "period");
        assertProblem(given().queryParam("indicator", "NOPE").get("/api/v1/values").then(), 400, "indicator");
    }

    private static io.restassured.response.ValidatableResponse put(List<Map<String, Object>> values) {
        return given().contentType(ContentType.JSON).body(Map.of("values", values)).put("/api/v1/values").then().statusCode(200);
    }
}
