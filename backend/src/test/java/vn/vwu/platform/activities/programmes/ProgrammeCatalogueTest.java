package vn.vwu.platform.activities.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class ProgrammeCatalogueTest {

    @Test
    void theUnionsProgrammesAreSeededAndSearchableWithoutDiacritics() {
        given().queryParam("q", "du an 8").get("/api/v1/programmes").then().statusCode(200)
                .body("items.code", hasItem("DA8")).body("items[0].kind", equalTo("PROJECT"));
        given().queryParam("q", "5 KHÔNG 3 SẠCH").get("/api/v1/programmes").then().body("items.code", hasItem("CVD-5K3S"));
        given().queryParam("q", "me do dau").get("/api/v1/programmes").then().body("items.code", hasItem("CT-MDD"));
        // Đề án 939 closed on 2025-11-30: an activity of December 2025 cannot cite it, its successor 2415 runs
        given().queryParam("activeOn", "2025-12-01").queryParam("size", "1000").get("/api/v1/programmes").then()
                .body("items.code", not(hasItem("DA939"))).body("items.code", hasItem("DA2415"));
        given().queryParam("kind", "SCHEME").queryParam("size", "1000").get("/api/v1/programmes").then()
                .body("items.code", hasItems("DA939", "DA938", "DA01"));
        given().queryParam("code", "VWU-ECO-START").get("/api/v1/indicators").then().body("items[0].programmes", hasItem("DA939"));
        given().queryParam("code", "VWU-ACT-P8-PART").get("/api/v1/indicators").then()
                .body("items[0].derivation.measure", equalTo("PARTICIPANTS")).body("items[0].derivation.programmeCodes", hasItem("DA8"));
    }

    @Test
    void programmesAreCreatedCorrectedAndDeactivated() {
        String code = TestActivities.programme("2016-01-01", null);
        String id = given().queryParam("q", code).get("/api/v1/programmes").then().extract().path("items[0].id");
        given().get("/api/v1/programmes/{id}", id).then().statusCode(200).header("ETag", "\"0\"").body("ownerLevel", equalTo("CENTRAL"));
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"name\":\"Phong trào \\\"Phụ nữ khởi nghiệp\\\"\",\"endDate\":\"2016-06-30\"}")
                .patch("/api/v1/programmes/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Phong trào \"Phụ nữ khởi nghiệp\"")).body("endDate", equalTo("2016-06-30"));
        assertProblem(given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"name\":\"X\"}")
                .patch("/api/v1/programmes/{id}", id).then(), 412);
        assertProblem(given().contentType("application/merge-patch+json").body("{\"code\":\"OTHER\"}").patch("/api/v1/programmes/{id}", id).then(), 400, "code");
        assertProblem(given().contentType("application/merge-patch+json").body("{\"endDate\":\"2015-01-01\"}").patch("/api/v1/programmes/{id}", id).then(), 400, "endDate");
        assertProblem(given().contentType("application/merge-patch+json").body("{\"active\":\"no\"}").patch("/api/v1/programmes/{id}", id).then(), 400, "active");
        // a number where text belongs is a mistake to name, not text to store ("42")
        assertProblem(given().contentType("application/merge-patch+json").body("{\"name\":42}").patch("/api/v1/programmes/{id}", id).then(), 400, "name");
        given().contentType("application/merge-patch+json").body("{\"active\":false}").patch("/api/v1/programmes/{id}", id)
                .then().statusCode(200).body("active", equalTo(false));
        String province = TestUnits.province("Hội LHPN tỉnh Ngừng Chương Trình", LocalDate.of(2016, 1, 1));
        assertProblem(given().contentType(ContentType.JSON).body(TestActivities.with(TestActivities.body(province, "2016-03-01", "MEETING"),
                TestActivities.programmes(code))).post("/api/v1/activities").then(), 422, "programmeCodes[0]");
    }

    @Test
    void badProgrammesAre400Or409() {
        String existing = TestActivities.programme("2016-01-01", null);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", existing, "name", "Trùng", "kind", "CAMPAIGN"))
                .post("/api/v1/programmes").then(), 409, "code");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", "bad code", "name", "X", "kind", "CAMPAIGN"))
                .post("/api/v1/programmes").then(), 400, "code");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", "NEW-1", "name", "X", "kind", "PARTY"))
                .post("/api/v1/programmes").then(), 400, "kind");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", "NEW-2", "name", "X", "kind", "CAMPAIGN",
                "startDate", "2020-01-01", "endDate", "2019-01-01")).post("/api/v1/programmes").then(), 400, "endDate");
        assertProblem(given().queryParam("kind", "PARTY").get("/api/v1/programmes").then(), 400, "kind");
        assertProblem(given().queryParam("activeOn", "tomorrow").get("/api/v1/programmes").then(), 400, "activeOn");
        assertProblem(given().get("/api/v1/programmes/{id}", "00000000-0000-0000-0000-000000000000").then(), 404);
    }

    @Test
    void activityTypesAreAManagedCatalogue() {
        given().get("/api/v1/activity-types").then().statusCode(200)
                .body("code", hasItems("COMMUNICATION", "TRAINING", "CONTEST", "WORKSHOP", "VISIT_GIFTS", "CHARITY_HOUSE", "CHILD_SPONSORSHIP",
                        "CLUB_MODEL", "CREDIT_SUPPORT", "MEDIATION", "INSPECTION", "MEETING", "OTHER"))
                .body("[0].code", equalTo("COMMUNICATION"));
        String code = "T_" + TestUnits.code("X").toUpperCase().replaceAll("[^A-Z0-9]", "_");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Diễn đàn trực tuyến", "sortOrder", 15))
                .post("/api/v1/activity-types").then().statusCode(201).body("active", equalTo(true));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Trùng")).post("/api/v1/activity-types").then(), 409, "code");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("code", "bad code", "name", "X")).post("/api/v1/activity-types").then(), 400, "code");
        given().contentType("application/merge-patch+json").body("{\"active\":false}").patch("/api/v1/activity-types/{code}", code)
                .then().statusCode(200).body("active", equalTo(false)).header("ETag", "\"1\"");
        given().queryParam("active", "false").get("/api/v1/activity-types").then().body("code", hasItem(code));
        String province = TestUnits.province("Hội LHPN tỉnh Loại Hình", LocalDate.of(2016, 1, 1));
        assertProblem(given().contentType(ContentType.JSON).body(TestActivities.body(province, "2016-03-01", code))
                .post("/api/v1/activities").then(), 422, "type");
        assertProblem(given().contentType("application/merge-patch+json").body("{\"name\":\"\"}").patch("/api/v1/activity-types/{code}", code).then(), 400, "name");
        assertProblem(given().contentType("application/merge-patch+json").body("{}").patch("/api/v1/activity-types/{code}", "NOPE").then(), 404);
    }
}
