package vn.vwu.platform.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestActivities.with;

@QuarkusTest
class DerivedIndicatorTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);

    static String derived(String measure, String valueType, List<String> types, List<String> programmes) {
        String code = TestIndicators.code("D");
        given().contentType(ContentType.JSON).body(definition(code, measure, valueType, types, programmes)).post("/api/v1/indicators")
                .then().statusCode(201).body("derivation.measure", equalTo(measure)).body("reportingLevels.size()", equalTo(0));
        return code;
    }

    static Map<String, Object> definition(String code, String measure, String valueType, List<String> types, List<String> programmes) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Chỉ tiêu từ hoạt động " + code);
        body.put("unitOfMeasure", "activity");
        body.put("valueType", valueType);
        body.put("periodType", "MONTH");
        body.put("unitAggregation", "SUM");
        body.put("timeAggregation", "SUM");
        body.put("derivation", Map.of("measure", measure, "activityTypes", types, "programmeCodes", programmes));
        return body;
    }

    @Test
    void countsMatchingDoneActivitiesInTheSubtreeAndFollowsEveryChange() {
        String p = TestActivities.programme("2015-01-01", null);
        String sessions = derived("ACTIVITIES", "INTEGER", List.of("COMMUNICATION"), List.of(p));
        String participants = derived("PARTICIPANTS", "INTEGER", List.of(), List.of());
        String province = TestUnits.province("Hội LHPN tỉnh Phái Sinh", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        String b = TestUnits.create(province, "COMMUNE", "Xã B", FROM);
        String counted = TestActivities.create(with(TestActivities.body(a, "2015-02-10", "COMMUNICATION"),
                with(TestActivities.programmes(p), TestActivities.participants(100, 90, 10))));
        TestActivities.create(with(TestActivities.body(a, "2015-03-10", "COMMUNICATION"), TestActivities.participants(40, 40, 0))); // no programme
        String atB = TestActivities.create(with(TestActivities.body(b, "2015-05-10", "COMMUNICATION"), TestActivities.programmes(p)));
        TestActivities.create(with(TestActivities.body(b, "2015-06-10", "COMMUNICATION"),
                with(TestActivities.programmes(p), Map.of("status", "PLANNED"))));

        assertEquals(2, total(sessions, province, "2015"));
        assertEquals(140, total(participants, province, "2015"));
        JsonPath byChild = rollup(sessions, province, "2015", "children");
        assertEquals(1, byChild.getInt("rows.find { it.unit.id == '%s' }.value".formatted(a)));
        assertEquals(1, byChild.getInt("rows.find { it.unit.id == '%s' }.value".formatted(b)));
        JsonPath byMonth = rollup(sessions, province, "2015", "period");
        assertEquals(1, byMonth.getInt("rows.find { it.period == '2015-05' }.value"));

        // cancelling, moving and deleting are reflected in the very next answer
        given().contentType("application/merge-patch+json").body("{\"status\":\"CANCELLED\"}").patch("/api/v1/activities/{id}", atB)
                .then().statusCode(200);
        assertEquals(1, total(sessions, province, "2015"));
        given().contentType("application/merge-patch+json").body("{\"unitId\":\"%s\",\"startsAt\":\"2015-07-01T08:00:00+07:00\",\"endsAt\":null}"
                .formatted(b)).patch("/api/v1/activities/{id}", counted).then().statusCode(200);
        JsonPath moved = rollup(sessions, province, "2015", "children");
        assertEquals(1, moved.getInt("rows.find { it.unit.id == '%s' }.value".formatted(b)));
        assertEquals(0, total(sessions, a, "2015-02"));
        given().delete("/api/v1/activities/{id}", counted).then().statusCode(204);
        assertEquals(0, total(sessions, province, "2015"));
        assertEquals(40, total(participants, province, "2015"));
    }

    @Test
    void aNewDerivedIndicatorCountsActivitiesRecordedBeforeIt() {
        String province = TestUnits.province("Hội LHPN tỉnh Tính Lại", FROM);
        TestActivities.create(with(TestActivities.body(province, "2015-04-01", "CHARITY_HOUSE"), Map.of("funds", 60_000_000)));
        TestActivities.create(with(TestActivities.body(province, "2015-09-01", "CHARITY_HOUSE"), Map.of("funds", 2_740_000_000L)));
        String funds = derived("FUNDS", "MONEY", List.of("CHARITY_HOUSE"), List.of());
        assertEquals(2_800_000_000L, total(funds, province, "2015"));
    }

    @Test
    void restatedToALaterStructureFollowsTheMerger() {
        String sessions = derived("ACTIVITIES", "INTEGER", List.of("TRAINING"), List.of());
        String province = TestUnits.province("Hội LHPN tỉnh Sáp Nhập Xã", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        String b = TestUnits.create(province, "COMMUNE", "Xã B", FROM);
        TestActivities.create(a, "2015-03-01", "TRAINING", Map.of());
        TestActivities.create(b, "2015-04-01", "TRAINING", Map.of());
        TestActivities.create(b, "2015-05-01", "TRAINING", Map.of());
        given().contentType(ContentType.JSON).body("""
                {"type":"MERGE","effectiveDate":"2016-01-01","legalBasis":"NQ","predecessors":[{"unitId":"%s"},{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã Hợp Nhất"}}]}""".formatted(a, b, TestUnits.code("M")))
                .post("/api/v1/reorganizations").then().statusCode(201);
        JsonPath restated = given().queryParam("indicator", sessions).queryParam("unitId", province).queryParam("period", "2015")
                .queryParam("by", "children").queryParam("structureAsOf", "2016-06-01").get("/api/v1/analytics/values")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, restated.getInt("rows.find { it.unit.name == 'Xã Hợp Nhất' }.value"), restated.prettify());
        assertEquals(1, restated.getList("rows").size());
    }

    @Test
    void targetsAndAchievementWorkAsForReportedIndicators() {
        String sessions = derived("ACTIVITIES", "INTEGER", List.of("COMMUNICATION"), List.of());
        String province = TestUnits.province("Hội LHPN tỉnh Kế Hoạch", FROM);
        for (int month = 1; month <= 6; month++) {
            TestActivities.create(province, "2015-0" + month + "-15", "COMMUNICATION", Map.of());
        }
        given().contentType(ContentType.JSON).body(Map.of("targets", List.of(Map.of("indicator", sessions, "unitId", province, "period", "2015", "value", 12))))
                .put("/api/v1/targets").then().statusCode(200);
        JsonPath r = given().queryParam("unitId", province).queryParam("period", "2015").queryParam("indicator", sessions)
                .get("/api/v1/analytics/achievement").then().statusCode(200).extract().jsonPath();
        assertEquals("6", r.getString("rows[0].actual"));
        assertEquals("PARTIAL", r.getString("rows[0].status"));
    }

    @Test
    void derivedFiguresCannotBeEntered() {
        String sessions = derived("ACTIVITIES", "INTEGER", List.of(), List.of());
        String province = TestUnits.province("Hội LHPN tỉnh Không Nhập", FROM);
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("values", List.of(TestIndicators.value(sessions, province, "2015-01", 3))))
                .put("/api/v1/values").then(), 409, "values[0].indicator").body("detail", containsString("activities"));
        assertProblem(given().contentType("text/csv").body("indicator,unit,period,value\n" + sessions + "," + province + ",2015-01,3\n")
                .post("/api/v1/values/import").then(), 409, "line 2: indicator");
        assertEquals(0, total(sessions, province, "2015"));
    }

    @Test
    void badDefinitionsAre400() {
        String p = TestActivities.programme("2015-01-01", null);
        Map<String, Object> yearly = definition(TestIndicators.code("D"), "ACTIVITIES", "INTEGER", List.of(), List.of());
        yearly.put("periodType", "YEAR");
        assertProblem(given().contentType(ContentType.JSON).body(yearly).post("/api/v1/indicators").then(), 400, "periodType");
        assertProblem(given().contentType(ContentType.JSON).body(definition(TestIndicators.code("D"), "COST", "INTEGER", List.of(), List.of()))
                .post("/api/v1/indicators").then(), 400, "valueType");
        assertProblem(given().contentType(ContentType.JSON).body(definition(TestIndicators.code("D"), "ACTIVITIES", "INTEGER", List.of("DANCE"), List.of(p)))
                .post("/api/v1/indicators").then(), 400, "derivation.activityTypes");
        assertProblem(given().contentType(ContentType.JSON).body(definition(TestIndicators.code("D"), "ACTIVITIES", "INTEGER", List.of(), List.of("NOPE")))
                .post("/api/v1/indicators").then(), 400, "derivation.programmeCodes");
        Map<String, Object> reported = definition(TestIndicators.code("D"), "ACTIVITIES", "INTEGER", List.of(), List.of());
        reported.put("reportingLevels", List.of("COMMUNE"));
        assertProblem(given().contentType(ContentType.JSON).body(reported).post("/api/v1/indicators").then(), 400, "reportingLevels");
        Map<String, Object> noMeasure = definition(TestIndicators.code("D"), "ACTIVITIES", "INTEGER", List.of(), List.of());
        noMeasure.put("derivation", Map.of("activityTypes", List.of()));
        assertProblem(given().contentType(ContentType.JSON).body(noMeasure).post("/api/v1/indicators").then(), 400, "derivation.measure");
        String ok = derived("ACTIVITIES", "INTEGER", List.of(), List.of());
        String id = given().queryParam("code", ok).get("/api/v1/indicators").then().extract().path("items[0].id");
        assertProblem(given().contentType("application/merge-patch+json").body("{\"derivation\":{\"measure\":\"COST\"}}")
                .patch("/api/v1/indicators/{id}", id).then(), 400, "derivation");
        // it has data from the start: it can be deactivated, not deleted
        given().contentType("application/merge-patch+json").body("{\"active\":false,\"programmeCodes\":[\"%s\"]}".formatted(p))
                .patch("/api/v1/indicators/{id}", id).then().statusCode(200).body("active", equalTo(false)).body("programmes[0]", equalTo(p));
    }

    @Test
    void oneIndicatorIsShownWithTheCodesItNames() {
        String p = TestActivities.programme("2015-01-01", null);
        String code = derived("ACTIVITIES", "INTEGER", List.of("COMMUNICATION"), List.of(p));
        String id = given().queryParam("code", code).get("/api/v1/indicators").then().extract().path("items[0].id");
        given().contentType("application/merge-patch+json").body("{\"programmeCodes\":[\"%s\"]}".formatted(p))
                .patch("/api/v1/indicators/{id}", id).then().statusCode(200).body("programmes", equalTo(List.of(p)));
        given().get("/api/v1/indicators/{id}", id).then().statusCode(200)
                .body("derivation.programmeCodes", equalTo(List.of(p))).body("programmes", equalTo(List.of(p)))
                .body("numeratorCode", equalTo(null));
        String ratio = given().queryParam("code", "VWU-POL-WCOMM").get("/api/v1/indicators").then().extract().path("items[0].id");
        given().get("/api/v1/indicators/{id}", ratio).then().statusCode(200)
                .body("numeratorCode", equalTo("VWU-POL-WCOMM-W")).body("denominatorCode", equalTo("VWU-POL-WCOMM-ALL"))
                .body("derivation", equalTo(null));
    }

    private static JsonPath rollup(String indicator, String unit, String period, String by) {
        var request = given().queryParam("indicator", indicator).queryParam("unitId", unit).queryParam("period", period);
        if (by != null) {
            request = request.queryParam("by", by);
        }
        return request.get("/api/v1/analytics/values").then().statusCode(200).extract().jsonPath();
    }

    private static long total(String indicator, String unit, String period) {
        Object v = rollup(indicator, unit, period, null).get("rows[0].value");
        return v == null ? 0 : ((Number) v).longValue();
    }
}
