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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vwu.platform.indicators.analytics.RollupTest.number;
import static vn.vwu.platform.indicators.analytics.RollupTest.rollup;
import static vn.vwu.platform.testing.TestIndicators.value;

/** History as reported versus restated in a later structure, following lineage. */
@QuarkusTest
class RestatementTest {

    @Test
    void mergedAndSplitCommunesAreRestatedIntoTheLaterStructure() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p = TestUnits.province("Hội LHPN tỉnh Tái Cấu Trúc", from);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", from);
        String b = TestUnits.create(p, "COMMUNE", "Xã B", from);
        String d = TestUnits.create(p, "COMMUNE", "Xã D", from);
        String flow = TestIndicators.reported("YEAR", "SUM");
        TestIndicators.put(List.of(value(flow, a, "2031", 100), value(flow, b, "2031", 50), value(flow, d, "2031", 200)));
        String c = successor(reorganize("""
                {"type":"MERGE","effectiveDate":"2032-07-01","legalBasis":"NQ","predecessors":[{"unitId":"%s"},{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã C"}}]}""".formatted(a, b, TestUnits.code("C"))), "Xã C");
        JsonPath split = reorganize("""
                {"type":"SPLIT","effectiveDate":"2032-07-01","legalBasis":"NQ","predecessors":[{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã E"},"weight":0.7},{"newUnit":{"code":"%s","name":"Xã F"},"weight":0.3}]}"""
                .formatted(d, TestUnits.code("E"), TestUnits.code("F")));
        String e = successor(split, "Xã E");
        String f = successor(split, "Xã F");

        // As reported: 2031 by the 2031 structure
        JsonPath asReported = rollup(flow, p, "2031", "children", null);
        assertEquals(3, asReported.getList("rows").size());
        assertEquals(350, number(asReported, "rows.sum { it.value }"));

        // Restated to the structure of 2032-07-01
        JsonPath restated = rollup(flow, p, "2031", "children", "2032-07-01");
        assertEquals(150, number(restated, "rows.find { it.unit.id == '%s' }.value".formatted(c)));
        assertEquals(140, number(restated, "rows.find { it.unit.id == '%s' }.value".formatted(e)));
        assertEquals(60, number(restated, "rows.find { it.unit.id == '%s' }.value".formatted(f)));
        assertFalse(restated.getBoolean("rows.find { it.unit.id == '%s' }.estimated".formatted(c)), "a whole merger is exact");
        assertTrue(restated.getBoolean("rows.find { it.unit.id == '%s' }.estimated".formatted(e)), "a split share is an estimate");
        assertEquals(350, number(rollup(flow, p, "2031", null, "2032-07-01"), "rows[0].value"), "restating moves figures, never creates or loses them");
    }

    @Test
    void aReorganisationRecordedAfterARestatedQueryChangesTheNextOne() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        String p = TestUnits.province("Hội LHPN tỉnh Bộ Nhớ Đệm", from);
        String a = TestUnits.create(p, "COMMUNE", "Xã A", from);
        String b = TestUnits.create(p, "COMMUNE", "Xã B", from);
        String flow = TestIndicators.reported("YEAR", "SUM");
        TestIndicators.put(List.of(value(flow, a, "2031", 10), value(flow, b, "2031", 5)));
        JsonPath before = rollup(flow, p, "2031", "children", "2034-01-01");
        assertEquals(10, number(before, "rows.find { it.unit.id == '%s' }.value".formatted(a)));
        String c = successor(reorganize("""
                {"type":"MERGE","effectiveDate":"2033-01-01","legalBasis":"NQ","predecessors":[{"unitId":"%s"},{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã C"}}]}""".formatted(a, b, TestUnits.code("C"))), "Xã C");
        JsonPath after = rollup(flow, p, "2031", "children", "2034-01-01");
        assertEquals(1, after.getList("rows").size());
        assertEquals(15, number(after, "rows.find { it.unit.id == '%s' }.value".formatted(c)));
    }

    @Test
    void newCaMauIn2023IsOldCaMauAsReportedAndCaMauPlusBacLieuRestated() {
        String flow = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String oldCaMauCommune = commune("2025-06-30", "96", 0);
        String bacLieuCommune = commune("2025-06-30", "95", 0);
        TestIndicators.put(List.of(value(flow, oldCaMauCommune, "2023", 300), value(flow, bacLieuCommune, "2023", 45)));
        String caMau = unit("PROVINCE", "96", "2025-07-01");
        assertEquals(300, number(rollup(flow, caMau, "2023", null, null), "rows[0].value"));
        JsonPath restated = rollup(flow, caMau, "2023", null, "2025-07-01");
        assertEquals(345, number(restated, "rows[0].value"));
        // Bạc Liêu itself, as reported, still has its own 2023
        assertEquals(45, number(rollup(flow, unit("PROVINCE", "95", "2025-06-30"), "2023", null, null), "rows[0].value"));
    }

    @Test
    void aSplitCommunesFiguresAreApportionedToItsFiveParts() {
        String flow = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String daiMo = unit("COMMUNE", "00634", "2025-06-30");
        TestIndicators.put(List.of(value(flow, daiMo, "2023", 100)));
        String hanoi = unit("PROVINCE", "01", "2025-07-01");
        JsonPath byCommune = rollup(flow, hanoi, "2023", "children", "2025-07-01");
        List<Map<String, Object>> parts = byCommune.getList("rows.findAll { it.value != null }");
        assertEquals(5, parts.size());
        for (Map<String, Object> part : parts) {
            assertEquals(20, ((Number) part.get("value")).intValue());
            assertEquals(true, part.get("estimated"));
        }
    }

    private static String unit(String level, String code, String asOf) {
        return given().queryParam("level", level).queryParam("code", code).queryParam("asOf", asOf).get("/api/v1/units")
                .then().statusCode(200).extract().path("items[0].id");
    }

    /** The n-th commune (by code) under an old province on a date. */
    private static String commune(String asOf, String provinceCode, int n) {
        String province = unit("PROVINCE", provinceCode, asOf);
        String district = given().queryParam("asOf", asOf).queryParam("sort", "code").get("/api/v1/units/{id}/children", province)
                .then().statusCode(200).extract().path("items[0].id");
        return given().queryParam("asOf", asOf).queryParam("sort", "code").get("/api/v1/units/{id}/children", district)
                .then().statusCode(200).extract().path("items[" + n + "].id");
    }

    private static JsonPath reorganize(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/reorganizations").then().statusCode(201).extract().jsonPath();
    }

    private static String successor(JsonPath event, String name) {
        return event.getString("lineage.find { it.successor.name == '%s' }.successor.id".formatted(name));
    }
}
