package vn.vwu.platform.access.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of change leaves who/when/what/before/after in the audit trail, and the trail cannot be rewritten. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aValueKeepsItsWholeHistoryWithWhoAndFromWhere() {
        String province = TestUnits.province("Tỉnh lịch sử số liệu", LocalDate.of(2011, 1, 1));
        String indicator = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("PROVINCE"), Map.of());
        String editorName = TestUnits.code("ed").toLowerCase();
        TestAuth.createPerson(editorName, province, List.of("EDITOR"));
        String editor = TestAuth.token(TestAuth.signIn(editorName, TestAuth.PASSWORD));
        for (int v : new int[] {10, 12}) {
            given().header("Authorization", "Bearer " + editor).header("User-Agent", "He-thong-tinh/1.0").header("X-Request-Id", "req-" + v)
                    .contentType(ContentType.JSON).body(Map.of("values", List.of(TestIndicators.value(indicator, province, "2033", v))))
                    .put("/api/v1/values").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + editor).queryParam("indicator", indicator).queryParam("unitId", province).queryParam("period", "2033")
                .get("/api/v1/values/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE")).body("items[0].before.value", equalTo(10)).body("items[0].after.value", equalTo(12))
                .body("items[0].actor", equalTo(editorName)).body("items[0].via", equalTo("TOKEN"))
                .body("items[0].userAgent", equalTo("He-thong-tinh/1.0")).body("items[0].requestId", equalTo("req-12"))
                .body("items[0].ip", notNullValue())
                .body("items[1].action", equalTo("CREATE")).body("items[1].before", nullValue());
        // The figure itself says who wrote it last.
        given().queryParam("unitId", province).queryParam("indicator", indicator).get("/api/v1/values").then()
                .body("items[0].updatedBy", equalTo(editorName));
    }

    @Test
    void aBulkWriteRecordsOneEventPerUnitAndEveryValuesBeforeAndAfter() throws SQLException {
        String province = TestUnits.province("Tỉnh nhập hàng loạt", LocalDate.of(2011, 1, 1));
        String first = TestUnits.create(province, "COMMUNE", "Xã nhập một", LocalDate.of(2011, 1, 1));
        String second = TestUnits.create(province, "COMMUNE", "Xã nhập hai", LocalDate.of(2011, 1, 1));
        String members = TestIndicators.reported("MONTH", "SUM");
        String loans = TestIndicators.reported("MONTH", "SUM");
        String request = "bulk-" + TestUnits.code("r");
        given().header("X-Request-Id", request).contentType(ContentType.JSON).body(Map.of("values", List.of(
                        TestIndicators.value(members, first, "2033-03", 4), TestIndicators.value(loans, first, "2033-03", 7),
                        TestIndicators.value(members, second, "2033-03", 5), TestIndicators.value(loans, second, "2033-03", 9))))
                .put("/api/v1/values").then().statusCode(200).body("created", equalTo(4));
        // one event per unit, saying how many of its values changed; each value's change kept apart
        assertEquals("CREATE " + first + " 2 value(s) null|CREATE " + second + " 2 value(s) null",
                events("SELECT string_agg(action || ' ' || unit_id || ' ' || detail || ' ' || coalesce(entity_id, 'null'), '|' ORDER BY detail, unit_id = '"
                        + second + "') FROM audit_event WHERE request_id = '" + request + "'"));
        assertEquals("4", events("SELECT count(*) FROM value_change v JOIN audit_event e ON e.id = v.event_id WHERE e.request_id = '" + request + "'"));

        // an import changing one of them: one event, naming the value; the others unchanged and unrecorded
        given().header("X-Request-Id", request + "-2").contentType(ContentType.JSON).body(Map.of("values", List.of(
                        TestIndicators.value(members, first, "2033-03", 4), TestIndicators.value(loans, first, "2033-03", 8),
                        TestIndicators.value(members, second, "2033-03", 5), TestIndicators.value(loans, second, "2033-03", 9))))
                .put("/api/v1/values").then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(3));
        String loanKey = events("SELECT id FROM indicator WHERE code = '" + loans + "'") + "/" + first + "/2033-03-01";
        assertEquals("UPDATE 1 value(s) " + loanKey, events("SELECT string_agg(action || ' ' || detail || ' ' || entity_id, '|') FROM audit_event WHERE request_id = '"
                + request + "-2'"));
        given().queryParam("indicator", loans).queryParam("unitId", first).queryParam("period", "2033-03").get("/api/v1/values/history")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE")).body("items[0].entityId", equalTo(loanKey)).body("items[0].requestId", equalTo(request + "-2"))
                .body("items[0].before.value", equalTo(7)).body("items[0].after.value", equalTo(8)).body("items[0].after.source", equalTo("ENTERED"))
                .body("items[1].action", equalTo("CREATE")).body("items[1].before", nullValue()).body("items[1].after.value", equalTo(7))
                .body("items[1].detail", equalTo("2 value(s)"));
        given().queryParam("indicator", members).queryParam("unitId", second).queryParam("period", "2033-03").get("/api/v1/values/history")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].after.value", equalTo(5));
    }

    @Test
    void anEventListsTheValuesItChangedToWhoeverSeesItsUnit() throws SQLException {
        String province = TestUnits.province("Tỉnh xem chi tiết", LocalDate.of(2011, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã Tân Thành", LocalDate.of(2011, 1, 1));
        String elsewhere = TestUnits.province("Tỉnh khác", LocalDate.of(2011, 1, 1));
        List<String> codes = new java.util.ArrayList<>(List.of(TestIndicators.reported("MONTH", "SUM"), TestIndicators.reported("QUARTER", "SUM")));
        java.util.Collections.sort(codes);
        String request = "drill-" + TestUnits.code("r");
        given().header("X-Request-Id", request).contentType(ContentType.JSON).body(Map.of("values", List.of(
                        TestIndicators.value(codes.get(1), commune, "2033-Q2", 70), TestIndicators.value(codes.get(0), commune, "2033-04", 4))))
                .put("/api/v1/values").then().statusCode(200).body("created", equalTo(2));
        given().header("X-Request-Id", request + "-2").contentType(ContentType.JSON).body(Map.of("values", List.of(
                        Map.of("indicator", codes.get(0), "unitId", commune, "period", "2033-04", "value", 5, "comment", "Bổ sung 1 hội viên"))))
                .put("/api/v1/values").then().statusCode(200).body("updated", equalTo(1));
        String created = events("SELECT id FROM audit_event WHERE request_id = '" + request + "'");
        String updated = events("SELECT id FROM audit_event WHERE request_id = '" + request + "-2'");

        // the bulk event's values in indicator order, periods as their indicators' codes
        given().get("/api/v1/audit/" + created + "/values").then().statusCode(200).body("total", equalTo(2))
                .body("items.indicator", equalTo(codes)).body("items.period", equalTo(List.of("2033-04", "2033-Q2")))
                .body("items[0].unitId", equalTo(commune)).body("items[0].unitName", equalTo("Xã Tân Thành"))
                .body("items[0].beforeValue", nullValue()).body("items[0].afterValue", equalTo(4)).body("items[0].afterSource", equalTo("ENTERED"))
                .body("items[1].afterValue", equalTo(70));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/v1/audit/" + created + "/values").then().statusCode(200)
                .body("total", equalTo(2)).body("items.indicator", equalTo(List.of(codes.get(1))));
        given().get("/api/v1/audit/" + updated + "/values").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].beforeValue", equalTo(4)).body("items[0].afterValue", equalTo(5))
                .body("items[0].afterComment", equalTo("Bổ sung 1 hội viên"));

        // an event about something else changed no values; no such event, or one outside the caller's scope: 404
        String unitEvent = events("SELECT max(id) FROM audit_event WHERE entity = 'UNIT' AND entity_id = '" + commune + "'");
        given().get("/api/v1/audit/" + unitEvent + "/values").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/audit/999999999999/values").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/audit/mot-nghin/values").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 0).get("/api/v1/audit/" + created + "/values").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(province, "UNIT_ADMIN")).get("/api/v1/audit/" + created + "/values")
                .then().statusCode(200).body("total", equalTo(2));
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(elsewhere, "UNIT_ADMIN")).get("/api/v1/audit/" + created + "/values")
                .then().statusCode(404);
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(province, "EDITOR")).get("/api/v1/audit/" + created + "/values")
                .then().statusCode(403);
    }

    private String events(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void everyKindOfChangeIsRecorded() {
        String province = TestUnits.province("Tỉnh nhật ký", LocalDate.of(2011, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã nhật ký", LocalDate.of(2011, 1, 1));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"nameEn\":\"Audit commune\"}").patch("/api/v1/units/" + commune)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("type", "DISSOLVE", "effectiveDate", "2014-01-01", "legalBasis", "Quyết định thử",
                "predecessors", List.of(Map.of("unitId", commune)))).post("/api/v1/reorganizations").then().statusCode(201);
        String indicator = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("PROVINCE"), Map.of());
        given().contentType(ContentType.JSON).body(Map.of("targets", List.of(Map.of("indicator", indicator, "unitId", province, "period", "2033", "value", 5))))
                .put("/api/v1/targets").then().statusCode(200);
        String activity = TestActivities.create(province, "2016-04-04", "MEETING", Map.of());
        given().multiPart("file", "anh.png", java.util.Base64.getDecoder().decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), "image/png")
                .post("/api/v1/activities/" + activity + "/attachments").then().statusCode(201);
        given().delete("/api/v1/activities/" + activity).then().statusCode(204);
        String user = TestAuth.createUser(TestUnits.code("au").toLowerCase(), province, List.of("VIEWER"));
        String programme = given().contentType(ContentType.JSON).body(Map.of("code", TestIndicators.code("PG"), "name", "Chương trình nhật ký",
                "kind", "CAMPAIGN")).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String type = TestIndicators.code("AT").replace('-', '_');
        given().contentType(ContentType.JSON).body(Map.of("code", type, "name", "Loại nhật ký")).post("/api/v1/activity-types").then().statusCode(201);
        String form = TestIndicators.code("FA");
        String formId = given().contentType(ContentType.JSON).body(Map.of("code", form, "name", "Mẫu nhật ký", "periodType", "YEAR", "deadlineDays", 10,
                "indicators", List.of(Map.of("code", indicator)))).post("/api/v1/report-forms").then().statusCode(201).extract().path("id");
        for (String[] entity : new String[][] {{"PROGRAMME", programme}, {"ACTIVITY_TYPE", type}, {"REPORT_FORM", formId}}) {
            given().queryParam("entity", entity[0]).queryParam("entityId", entity[1]).get("/api/v1/audit").then().statusCode(200)
                    .body("items[0].action", equalTo("CREATE")).body("items[0].actor", equalTo(TestAuth.ADMIN));
        }

        given().queryParam("unitId", province).queryParam("size", 200).get("/api/v1/audit").then().statusCode(200)
                .body("items.entity", hasItems("UNIT", "UNIT_PARENT", "TARGET", "ACTIVITY", "ATTACHMENT", "USER"))
                .body("items.findAll { it.entity == 'ACTIVITY' }.action", hasItems("CREATE", "DELETE"))
                .body("items.findAll { it.entity == 'ATTACHMENT' }.action", hasItems("CREATE", "DELETE"));
        given().queryParam("entity", "REORGANIZATION").queryParam("size", 5).get("/api/v1/audit").then().statusCode(200)
                .body("items[0].after.legal_basis", equalTo("Quyết định thử"));
        given().queryParam("entity", "INDICATOR").queryParam("size", 500).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("CREATE"));
        // Account rows never carry the password hash.
        String account = given().queryParam("entity", "USER").queryParam("entityId", user).get("/api/v1/audit").then().statusCode(200)
                .body("items[0].after.username", notNullValue()).extract().asString();
        assertTrue(!account.contains("password_hash") && !account.contains("$2a$"), account);
    }

    @Test
    void theTrailIsAppendOnlyEvenForTheDatabaseUserOfTheApp() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET actor_name = 'someone else'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_event"));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE value_change SET after_value = 0"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM value_change"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE value_change"));
        }
    }
}
