package vn.vwu.platform.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestMetrics;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DRAFT → SUBMITTED → APPROVED / RETURNED, reopening, locks on values, completeness, and who may do what. */
@QuarkusTest
class WorkflowTest {

    private static final String SUBMITTED = "vwu_report_transitions_total\\{action=\"SUBMIT\"";
    private final LocalDate from = LocalDate.of(2011, 1, 1);

    @Test
    void aCommuneReportsItsMonthTheProvinceApprovesAndTheValuesAreLockedUntilReopened() {
        String province = TestUnits.province("Tỉnh báo cáo", from);
        String commune = TestUnits.create(province, "COMMUNE", "Xã báo cáo", from);
        String other = TestUnits.create(province, "COMMUNE", "Xã chưa báo cáo", from);
        String indicator = TestIndicators.reported("MONTH", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String form = form(indicator);
        String editor = TestAuth.tokenOf(commune, "EDITOR");
        String approver = TestAuth.tokenOf(province, "APPROVER");
        String communeApprover = TestAuth.tokenOf(commune, "APPROVER");

        String report = as(editor).contentType(ContentType.JSON).body(Map.of("form", form, "unitId", commune, "period", "2032-03"))
                .post("/api/v1/reports").then().statusCode(201).body("status", equalTo("DRAFT")).body("dueDate", equalTo("2032-04-05"))
                .extract().path("id");
        // Opening again finds the same report.
        as(editor).contentType(ContentType.JSON).body(Map.of("form", form, "unitId", commune, "period", "2032-03"))
                .post("/api/v1/reports").then().statusCode(200).body("id", equalTo(report));
        double submittedBefore = TestMetrics.counter(SUBMITTED);
        // The mandatory indicator has no value yet.
        as(editor).post("/api/v1/reports/" + report + "/submit").then().statusCode(422)
                .body("errors[0].field", equalTo("indicators." + indicator));
        put(editor, indicator, commune, 12).statusCode(200);
        as(editor).post("/api/v1/reports/" + report + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("onTime", equalTo(true));
        put(editor, indicator, commune, 13).statusCode(409).body("errors[0].message", containsString("SUBMITTED"));
        // Counted once: the refused attempt is not a submission.
        assertEquals(submittedBefore + 1, TestMetrics.counter(SUBMITTED), 0.001);
        // Approval belongs to the level above, not to the commune's own approver.
        as(communeApprover).post("/api/v1/reports/" + report + "/approve").then().statusCode(403);
        as(editor).post("/api/v1/reports/" + report + "/approve").then().statusCode(403);
        as(approver).post("/api/v1/reports/" + report + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", notNullValue());
        put(editor, indicator, commune, 13).statusCode(409).body("errors[0].message", containsString("APPROVED"));
        // Roll-ups: every reported value by default; with approvedOnly, those of approved reports only.
        put(TestAuth.tokenOf(other, "EDITOR"), indicator, other, 7).statusCode(200);
        assertEquals(19, provinceTotal(approver, indicator, province, false));
        assertEquals(12, provinceTotal(approver, indicator, province, true));
        // The same month inside a series (the quarter month by month, computed together)
        assertEquals(19, marchOfTheQuarter(approver, indicator, province, false));
        assertEquals(12, marchOfTheQuarter(approver, indicator, province, true));
        as(approver).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/reports/" + report + "/reopen").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(approver).contentType(ContentType.JSON).body(Map.of("reason", "Số liệu tháng 3 cần điều chỉnh"))
                .post("/api/v1/reports/" + report + "/reopen").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reason", equalTo("Số liệu tháng 3 cần điều chỉnh"));
        put(editor, indicator, commune, 13).statusCode(200);

        // Completeness for the province: one returned, one never opened.
        as(approver).queryParam("unitId", province).queryParam("form", form).queryParam("period", "2032-03")
                .get("/api/v1/reports/completeness").then().statusCode(200)
                .body("counts.expected", equalTo(2)).body("counts.returned", equalTo(1)).body("counts.missing", equalTo(1))
                .body("units.find { it.unit.id == '" + other + "' }.status", equalTo("MISSING"));
        // Every transition is in the audit trail.
        given().queryParam("entity", "REPORT").queryParam("entityId", report).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("SUBMIT")).body("items.action", hasItem("APPROVE")).body("items.action", hasItem("REOPEN"));
    }

    @Test
    void aSubmissionRacingAnEditNeverLetsAWriteSlipInAfterIt() throws Exception {
        String province = TestUnits.province("Tỉnh tranh chấp", from);
        String commune = TestUnits.create(province, "COMMUNE", "Xã tranh chấp", from);
        String indicator = TestIndicators.reported("MONTH", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String form = form(indicator);
        String editor = TestAuth.tokenOf(commune, "EDITOR");
        String approver = TestAuth.tokenOf(province, "APPROVER");
        put(editor, indicator, commune, 1).statusCode(200);
        String report = as(editor).contentType(ContentType.JSON).body(Map.of("form", form, "unitId", commune, "period", "2032-03"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        for (int round = 0; round < 8; round++) {
            int value = 100 + round;
            CompletableFuture<Integer> submit = CompletableFuture.supplyAsync(() -> as(editor).post("/api/v1/reports/" + report + "/submit").statusCode());
            CompletableFuture<Integer> edit = CompletableFuture.supplyAsync(() -> put(editor, indicator, commune, value).extract().statusCode());
            assertEquals(200, submit.get());
            int edited = edit.get();
            assertTrue(edited == 200 || edited == 409, "edit answered " + edited);
            // Approval happens on what was submitted: the value now is the one the approver sees, and stays so.
            Number seen = as(approver).queryParam("unitId", commune).queryParam("indicator", indicator).queryParam("period", "2032-03")
                    .get("/api/v1/values").then().statusCode(200).extract().path("items[0].value");
            CompletableFuture<Integer> approve = CompletableFuture.supplyAsync(() -> as(approver).post("/api/v1/reports/" + report + "/approve").statusCode());
            CompletableFuture<Integer> late = CompletableFuture.supplyAsync(() -> put(editor, indicator, commune, value + 1000).extract().statusCode());
            assertEquals(200, approve.get());
            assertEquals(409, late.get(), "a submitted report's values are locked");
            Number after = as(approver).queryParam("unitId", commune).queryParam("indicator", indicator).queryParam("period", "2032-03")
                    .get("/api/v1/values").then().extract().path("items[0].value");
            assertEquals(seen.intValue(), after.intValue());
            assertEquals(edited == 200 ? value : seen.intValue(), after.intValue());
            as(approver).contentType(ContentType.JSON).body(Map.of("reason", "vòng " + round)).post("/api/v1/reports/" + report + "/reopen")
                    .then().statusCode(200);
        }
    }

    @Test
    void aTokenLimitedToTheCommuneBelowGainsNoApproversPositionThere() {
        String province = TestUnits.province("Tỉnh mã thông báo hẹp", from);
        String commune = TestUnits.create(province, "COMMUNE", "Xã mã thông báo hẹp", from);
        String branch = TestUnits.create(commune, "BRANCH", "Chi hội mã thông báo hẹp", from);
        String indicator = TestIndicators.reported("MONTH", "SUM", "INTEGER", List.of("BRANCH"), Map.of());
        String form = form(indicator);
        String editor = TestAuth.tokenOf(branch, "EDITOR");
        String username = TestUnits.code("ap").toLowerCase();
        TestAuth.createPerson(username, province, List.of("APPROVER"));
        String session = TestAuth.signIn(username, TestAuth.PASSWORD);
        String narrowed = given().cookie("vwu_session", session).header("X-Requested-With", "test").header("Authorization", "")
                .contentType(ContentType.JSON).body(Map.of("name", "duyệt thay xã", "roles", List.of("APPROVER"), "unitId", commune))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().path("secret");
        put(editor, indicator, branch, 4).statusCode(200);
        String report = as(editor).contentType(ContentType.JSON).body(Map.of("form", form, "unitId", branch, "period", "2032-03"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        as(editor).post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        // The province's approver is not directly above a branch; neither is a token of theirs limited to the commune.
        given().cookie("vwu_session", session).header("X-Requested-With", "test").header("Authorization", "")
                .post("/api/v1/reports/" + report + "/approve").then().statusCode(403);
        as(narrowed).post("/api/v1/reports/" + report + "/approve").then().statusCode(403);
        as(TestAuth.tokenOf(commune, "APPROVER")).post("/api/v1/reports/" + report + "/approve").then().statusCode(200);
        as(narrowed).contentType(ContentType.JSON).body(Map.of("reason", "thử mở lại")).post("/api/v1/reports/" + report + "/reopen")
                .then().statusCode(403);
    }

    @Test
    void nobodyApprovesAReportTheySubmittedThemselves() {
        String province = TestUnits.province("Tỉnh tự duyệt", from);
        String commune = TestUnits.create(province, "COMMUNE", "Xã tự duyệt", from);
        String indicator = TestIndicators.reported("MONTH", "SUM", "INTEGER", List.of("COMMUNE"), Map.of());
        String form = form(indicator);
        String both = TestAuth.tokenOf(province, "EDITOR", "APPROVER");
        put(both, indicator, commune, 9).statusCode(200);
        String report = as(both).contentType(ContentType.JSON).body(Map.of("form", form, "unitId", commune, "period", "2032-03"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        as(both).post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        as(both).post("/api/v1/reports/" + report + "/approve").then().statusCode(403)
                .body("detail", equalTo("You submitted this report: another approver must approve it"));
        as(TestAuth.tokenOf(province, "APPROVER")).post("/api/v1/reports/" + report + "/approve").then().statusCode(200);
    }

    private static int marchOfTheQuarter(String token, String indicator, String province, boolean approvedOnly) {
        List<Map<String, Object>> rows = as(token).queryParam("unitId", province).queryParam("indicator", indicator).queryParam("period", "2032-Q1")
                .queryParam("by", "period").queryParam("approvedOnly", approvedOnly).get("/api/v1/analytics/values").then().statusCode(200)
                .extract().path("rows");
        assertEquals(List.of("2032-01", "2032-02", "2032-03"), rows.stream().map(r -> r.get("period")).toList());
        assertNull(rows.get(0).get("value"), "nothing reported in January");
        return ((Number) rows.get(2).get("value")).intValue();
    }

    private static int provinceTotal(String token, String indicator, String province, boolean approvedOnly) {
        Number v = as(token).queryParam("unitId", province).queryParam("indicator", indicator).queryParam("period", "2032-03")
                .queryParam("approvedOnly", approvedOnly).get("/api/v1/analytics/values").then().statusCode(200).extract().path("rows[0].value");
        return v.intValue();
    }

    private ValidatableResponse put(String token, String indicator, String unit, int value) {
        return as(token).contentType(ContentType.JSON).body(Map.of("values", List.of(TestIndicators.value(indicator, unit, "2032-03", value))))
                .put("/api/v1/values").then();
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String form(String indicator) {
        String code = TestIndicators.code("BC");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Báo cáo tháng thử", "periodType", "MONTH", "deadlineDays", 5,
                "indicators", List.of(Map.of("code", indicator, "mandatory", true)))).post("/api/v1/report-forms").then().statusCode(201);
        return code;
    }
}
