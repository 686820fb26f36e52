package vn.vwu.platform.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestActivities.with;

@QuarkusTest
class ActivityWriteTest {

    private static final LocalDate FROM = LocalDate.of(2012, 1, 1);

    @Inject
    EntityManager em;

    @Test
    void recordsEveryFieldAndReadsItBack() {
        String province = TestUnits.province("Hội LHPN tỉnh Hoạt Động", FROM);
        String commune = TestUnits.create(province, "COMMUNE", "Xã Tân Phú", FROM);
        String partner = TestUnits.create(province, "COMMUNE", "Xã Đối Tác", FROM);
        String p = TestActivities.programme("2012-01-01", null);
        Map<String, Object> body = TestActivities.body(commune, "2012-03-08", "COMMUNICATION");
        body.put("title", "Truyền thông Luật Phòng, chống bạo lực gia đình — ấp Đông");
        body.put("programmeCodes", List.of(p));
        body.put("placeUnitId", commune);
        body.put("placeText", "Nhà văn hóa ấp 3");
        body.put("partnerUnitIds", List.of(partner));
        body.put("partnerAgencies", List.of("Sở LĐ-TB&XH", "Ngân hàng Chính sách xã hội"));
        body.put("participants", Map.of("total", 3000, "women", 2600, "men", 400, "children", 120, "ethnicMinority", 900));
        body.put("beneficiaries", Map.of("people", 26, "households", 26));
        body.put("cost", 4_200_000);
        body.put("funds", 2_800_000_000L);
        body.put("description", "Phối hợp tổ chức");
        body.put("results", "Đạt yêu cầu");
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body).post("/api/v1/activities")
                .then().statusCode(201).header("Location", containsString("/api/v1/activities/")).header("ETag", "\"0\"").extract();
        String id = created.path("id");
        given().get("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("unit.id", equalTo(commune)).body("unit.name", equalTo("Xã Tân Phú"))
                .body("title", equalTo("Truyền thông Luật Phòng, chống bạo lực gia đình — ấp Đông"))
                .body("type", equalTo("COMMUNICATION")).body("typeName", equalTo("Buổi truyền thông, tuyên truyền"))
                .body("programmes[0].code", equalTo(p))
                .body("startsAt", equalTo("2012-03-08T08:00:00+07:00")).body("activityDate", equalTo("2012-03-08"))
                .body("placeUnit.id", equalTo(commune)).body("placeText", equalTo("Nhà văn hóa ấp 3"))
                .body("partnerUnits[0].name", equalTo("Xã Đối Tác")).body("partnerAgencies", hasItem("Sở LĐ-TB&XH"))
                .body("participants.total", equalTo(3000)).body("participants.ethnicMinority", equalTo(900))
                .body("beneficiaries.households", equalTo(26))
                .body("cost", equalTo(4_200_000)).body("funds", equalTo(2_800_000_000L))
                .body("status", equalTo("DONE")).body("demo", equalTo(false)).body("attachments", equalTo(0)).body("version", equalTo(0));
    }

    @Test
    void timesGivenInUtcAreDatedInVietnam() {
        String province = TestUnits.province("Hội LHPN tỉnh Múi Giờ", FROM);
        // 2012-05-31T20:00Z is 2012-06-01 03:00 in Hà Nội: the activity belongs to June.
        String id = TestActivities.create(with(TestActivities.body(province, "2012-05-31", "MEETING"),
                Map.of("startsAt", "2012-05-31T20:00:00Z", "endsAt", "2012-05-31T22:00:00Z")));
        given().get("/api/v1/activities/{id}", id).then().body("activityDate", equalTo("2012-06-01"))
                .body("startsAt", equalTo("2012-06-01T03:00:00+07:00"));
    }

    @Test
    void patchNeedsTheCurrentVersionAndKeepsTheRules() {
        String province = TestUnits.province("Hội LHPN tỉnh Sửa Đổi", FROM);
        String id = TestActivities.create(province, "2012-04-01", "TRAINING", TestActivities.participants(50, 45, 5));
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"title\":\"Tập huấn chuyển đổi số\",\"participants\":{\"total\":60},\"cost\":null}")
                .patch("/api/v1/activities/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Tập huấn chuyển đổi số")).body("participants.total", equalTo(60))
                .body("participants.women", equalTo(45)).body("type", equalTo("TRAINING"));
        assertProblem(given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"title\":\"Cũ\"}")
                .patch("/api/v1/activities/{id}", id).then(), 412);
        // the merged result is checked like a new activity: women (45) + men (5) fit 60, but not 40
        assertProblem(given().contentType("application/merge-patch+json").body("{\"participants\":{\"total\":40}}")
                .patch("/api/v1/activities/{id}", id).then(), 400, "participants.women");
        assertProblem(given().contentType("application/merge-patch+json").body("{\"colour\":\"red\"}")
                .patch("/api/v1/activities/{id}", id).then(), 400, "colour");
        given().get("/api/v1/activities/{id}", id).then().body("title", equalTo("Tập huấn chuyển đổi số")).body("version", equalTo(1));
    }

    @Test
    void deleteHonoursIfMatch() {
        String province = TestUnits.province("Hội LHPN tỉnh Xóa", FROM);
        String id = TestActivities.create(province, "2012-04-01", "MEETING", Map.of());
        assertProblem(given().header("If-Match", "\"7\"").delete("/api/v1/activities/{id}", id).then(), 412);
        given().header("If-Match", "\"0\"").delete("/api/v1/activities/{id}", id).then().statusCode(204);
        assertProblem(given().get("/api/v1/activities/{id}", id).then(), 404);
        assertProblem(given().delete("/api/v1/activities/{id}", id).then(), 404);
    }

    @Test
    void badInputIsA400ListingEveryFieldAndWritesNothing() {
        String province = TestUnits.province("Hội LHPN tỉnh Sai Dữ Liệu", FROM);
        long before = count();
        Map<String, Object> body = TestActivities.body(province, "2012-04-01", "NO_SUCH_TYPE");
        body.put("endsAt", "2012-04-01T07:00:00+07:00");
        body.put("participants", Map.of("total", 10, "women", 8, "men", 5, "children", 11));
        body.put("programmeCodes", List.of("NO-SUCH-PROGRAMME"));
        body.put("partnerUnitIds", List.of("00000000-0000-0000-0000-000000000001"));
        assertProblem(post(body), 400)
                .body("errors.field", hasItem("endsAt")).body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("participants.men")).body("errors.field", hasItem("participants.children"))
                .body("errors.field", hasItem("programmeCodes[0]")).body("errors.field", hasItem("partnerUnitIds[0]"));
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("cost", -1))), 400, "cost");
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("cost", 1.5))), 400, "cost")
                .body("errors[0].message", containsString("whole number"));
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("participants", Map.of("women", 3)))),
                400, "participants.total");
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("title", " "))), 400, "title");
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("status", "FINISHED"))), 400, "status");
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("startsAt", "01/04/2030"))), 400, "startsAt");
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), Map.of("extra", 1))), 400, "extra");
        Map<String, Object> noUnit = TestActivities.body(province, "2012-04-01", "MEETING");
        noUnit.remove("unitId");
        assertProblem(post(noUnit), 400, "unitId");
        assertProblem(given().contentType(ContentType.JSON).body("{\"title\":").post("/api/v1/activities").then(), 400);
        assertProblem(given().contentType(ContentType.JSON).post("/api/v1/activities").then(), 400);
        assertProblem(given().contentType(ContentType.TEXT).body("x").post("/api/v1/activities").then(), 415);
        assertEquals(before, count());
    }

    @Test
    void rulesOfTheHierarchyAndCataloguesAre422() {
        String province = TestUnits.province("Hội LHPN tỉnh Quy Tắc", FROM);
        String district = TestUnits.create(province, "DISTRICT", "Huyện Đã Giải Thể", FROM, LocalDate.of(2012, 7, 1));
        String ended = TestActivities.programme("2012-01-01", "2012-03-31");
        long before = count();
        // a district union closed on 2012-06-30 cannot organise anything on 2012-08-01
        assertProblem(post(TestActivities.body(district, "2012-08-01", "MEETING")), 422, "unitId")
                .body("detail", containsString("Huyện Đã Giải Thể"));
        assertProblem(post(with(TestActivities.body(province, "2012-04-01", "MEETING"), TestActivities.programmes(ended))), 422, "programmeCodes[0]");
        assertProblem(post(with(TestActivities.body(province, "2099-04-01", "MEETING"), Map.of("status", "DONE"))), 422, "status");
        assertEquals(before, count());
        // planned in the future is fine, and the default status follows the date
        given().contentType(ContentType.JSON).body(with(TestActivities.body(province, "2099-04-01", "MEETING"), Map.of("status", "PLANNED")))
                .post("/api/v1/activities").then().statusCode(201);
        Map<String, Object> noStatus = TestActivities.body(province, "2012-04-01", "MEETING");
        noStatus.remove("status");
        given().contentType(ContentType.JSON).body(noStatus).post("/api/v1/activities").then().statusCode(201).body("status", equalTo("DONE"));
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(given().get("/api/v1/activities/{id}", "00000000-0000-0000-0000-000000000000").then(), 404);
        assertProblem(given().get("/api/v1/activities/{id}", "not-an-id").then(), 404);
        assertProblem(given().contentType("application/merge-patch+json").body("{}")
                .patch("/api/v1/activities/{id}", "00000000-0000-0000-0000-000000000000").then(), 404);
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities").then();
    }

    private long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM activity").getSingleResult()).longValue();
    }
}
