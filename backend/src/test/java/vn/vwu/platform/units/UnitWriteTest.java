package vn.vwu.platform.units;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class UnitWriteTest {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    /** With an explicit charset: RestAssured would otherwise encode this unknown type as ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void createsAUnitWithLocationAndETagAndFindsItByName() {
        String province = TestUnits.province("Hội LHPN tỉnh Thử Nghiệm", FROM);
        String code = TestUnits.code("CH");
        Map<String, Object> body = unit(code, "Chi hội ấp Tân Thành", "BRANCH", province);
        body.put("validFrom", "2030-02-01");
        // A branch may hang under any higher level; here directly under the province.
        String location = given().contentType(ContentType.JSON).body(body).post("/api/v1/units")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue())
                .body("code", equalTo(code))
                .body("name", equalTo("Chi hội ấp Tân Thành"))
                .body("parent.id", equalTo(province))
                .body("validFrom", equalTo("2030-02-01"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("code", equalTo(code));
        given().queryParam("q", "TAN THANH").queryParam("parentId", province).queryParam("asOf", "2030-06-01")
                .get("/api/v1/units").then().statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(code));
    }

    @Test
    void rejectsMissingAndInvalidFieldsWithEveryFieldNamed() {
        assertProblem(given().contentType(ContentType.JSON).body("{}").post("/api/v1/units").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("code", "name", "level", "kind"));
        Map<String, Object> body = unit("bad code!", "x", "BRANCH", TestUnits.centralId());
        assertProblem(given().contentType(ContentType.JSON).body(body).post("/api/v1/units").then(), 400, "code");
    }

    @Test
    void rejectsMalformedJsonUnknownFieldsWrongTypesBadEnumsAndBadDates() {
        assertProblem(post("{\"code\":"), 400, "body").body("detail", org.hamcrest.Matchers.containsString("malformed JSON"));
        assertProblem(post("{\"code\":\"X\",\"colour\":1}"), 400, "colour");
        assertProblem(post("{\"code\":[\"X\"]}"), 400, "code");
        assertProblem(post("{\"level\":\"STATE\"}"), 400, "level")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("PROVINCE"));
        assertProblem(post("{\"validFrom\":\"2025-13-01\"}"), 400, "validFrom");
        assertProblem(post("[]"), 400);
        assertProblem(given().contentType(ContentType.JSON).post("/api/v1/units").then(), 400, "body");
        assertProblem(given().contentType(ContentType.TEXT).body("hello").post("/api/v1/units").then(), 415);
    }

    @Test
    void enforcesParentRules() {
        String province = TestUnits.province("Hội LHPN tỉnh Cha Mẹ", FROM);
        // parent required below the central union
        assertProblem(postUnit(unit(TestUnits.code("X"), "Xã A", "COMMUNE", null)), 400, "parentId");
        // unknown parent
        assertProblem(postUnit(unit(TestUnits.code("X"), "Xã A", "COMMUNE", "00000000-0000-0000-0000-000000000001")), 422, "parentId");
        // a parent must be of a higher level
        String commune = TestUnits.create(province, "COMMUNE", "Hội LHPN xã B", FROM);
        assertProblem(postUnit(unit(TestUnits.code("X"), "Tỉnh C", "PROVINCE", commune)), 422, "parentId");
        // the parent must exist for the whole life of the child
        Map<String, Object> early = unit(TestUnits.code("X"), "Xã D", "COMMUNE", province);
        early.put("validFrom", "2029-12-31");
        assertProblem(postUnit(early), 422, "parentId");
        String closing = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Sắp Đóng", FROM, LocalDate.of(2031, 1, 1));
        Map<String, Object> outlives = unit(TestUnits.code("X"), "Chi hội E", "BRANCH", closing);
        outlives.put("validFrom", "2030-06-01");
        assertProblem(postUnit(outlives), 422, "parentId"); // open-ended child of a unit that closes
        Map<String, Object> afterClose = unit(TestUnits.code("X"), "Chi hội F", "BRANCH", closing);
        afterClose.put("validFrom", "2031-01-01");
        assertProblem(postUnit(afterClose), 422, "parentId"); // closed units get no children after validTo
        Map<String, Object> within = unit(TestUnits.code("X"), "Chi hội G", "BRANCH", closing);
        within.put("validFrom", "2030-06-01");
        within.put("validTo", "2031-01-01");
        postUnit(within).statusCode(201);
        // validity must be a non-empty interval
        Map<String, Object> empty = unit(TestUnits.code("X"), "Xã H", "COMMUNE", province);
        empty.put("validFrom", "2030-06-01");
        empty.put("validTo", "2030-06-01");
        assertProblem(postUnit(empty), 400, "validTo");
        // the central union has no parent
        assertProblem(postUnit(unit(TestUnits.code("X"), "TW 2", "CENTRAL", province)), 422, "parentId");
    }

    @Test
    void aCodeIsUniquePerLevelAmongUnitsAliveAtTheSameTime() {
        String province = TestUnits.province("Hội LHPN tỉnh Mã Số", FROM);
        String code = TestUnits.code("DUP");
        Map<String, Object> first = unit(code, "Xã Một", "COMMUNE", province);
        first.put("validTo", "2031-01-01");
        postUnit(first).statusCode(201);
        assertProblem(postUnit(unit(code, "Xã Hai", "COMMUNE", province)), 409, "code");
        // the same code at another level, or after the first closed, is fine (codes are reused after reforms)
        postUnit(unit(code, "Chi hội Ba", "BRANCH", province)).statusCode(201);
        Map<String, Object> later = unit(code, "Xã Bốn", "COMMUNE", province);
        later.put("validFrom", "2031-01-01");
        postUnit(later).statusCode(201);
    }

    @Test
    void patchCorrectsAttributesWithOptimisticConcurrency() {
        String province = TestUnits.province("Hội LHPN tỉnh Sửa Tên", FROM);
        String id = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Hoà Bình", FROM);
        String etag = given().get("/api/v1/units/{id}", id).then().statusCode(200).extract().header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"name\":\"Hội LHPN xã Hòa Bình\",\"nameEn\":\"Hoa Binh Commune Women's Union\"}")
                .patch("/api/v1/units/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Hội LHPN xã Hòa Bình"))
                .body("nameEn", equalTo("Hoa Binh Commune Women's Union"));
        // the stale tag is refused and nothing changes
        assertProblem(given().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"name\":\"Lost update\"}").patch("/api/v1/units/{id}", id).then(), 412);
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"nameEn\":null}")
                .patch("/api/v1/units/{id}", id).then().statusCode(200).body("nameEn", equalTo(null));
        given().get("/api/v1/units/{id}", id).then().body("name", equalTo("Hội LHPN xã Hòa Bình"));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWithAClearMessage() {
        String province = TestUnits.province("Hội LHPN tỉnh Mã Hóa", FROM);
        String id = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Ký Tự", FROM);
        byte[] latin1 = "{\"name\":\"Xã Hòa\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(given().contentType("application/merge-patch+json").body(latin1).patch("/api/v1/units/{id}", id).then(), 400, "body")
                .body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
    }

    @Test
    void patchRefusesStructuralReadOnlyUnknownAndInvalidFields() {
        String province = TestUnits.province("Hội LHPN tỉnh Không Sửa", FROM);
        String id = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Cố Định", FROM);
        assertProblem(patch(id, "{\"parentId\":\"" + province + "\"}"), 400, "parentId")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("reorganizations"));
        assertProblem(patch(id, "{\"validTo\":\"2031-01-01\"}"), 400, "validTo");
        assertProblem(patch(id, "{\"id\":\"x\"}"), 400, "id");
        assertProblem(patch(id, "{\"colour\":\"red\"}"), 400, "colour");
        assertProblem(patch(id, "{\"name\":null}"), 400, "name");
        assertProblem(patch(id, "{\"name\":\"  \"}"), 400, "name");
        assertProblem(patch(id, "{\"name\":42}"), 400, "name");
        assertProblem(patch(id, "[1]"), 400, "body");
        assertProblem(patch(id, "{\"name\":"), 400);
        assertProblem(patch("00000000-0000-0000-0000-000000000009", "{\"name\":\"x\"}"), 404);
        assertProblem(patch("not-a-uuid", "{\"name\":\"x\"}"), 404);
        given().get("/api/v1/units/{id}", id).then().body("name", equalTo("Hội LHPN xã Cố Định")).header("ETag", equalTo("\"0\""));
    }

    @Test
    void patchingACodeToOneInUseConflicts() {
        String province = TestUnits.province("Hội LHPN tỉnh Trùng Mã", FROM);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", FROM);
        String codeOfA = given().get("/api/v1/units/{id}", a).then().extract().path("code");
        String b = TestUnits.create(province, "COMMUNE", "Xã B", FROM);
        assertProblem(patch(b, "{\"code\":\"" + codeOfA + "\"}"), 409, "code");
    }

    @Test
    void readEndpointsAnswerProblemsForBadInput() {
        String central = TestUnits.centralId();
        assertProblem(given().queryParam("asOf", "yesterday").get("/api/v1/units").then(), 400, "asOf");
        assertProblem(given().queryParam("level", "STATE").get("/api/v1/units").then(), 400, "level");
        assertProblem(given().queryParam("parentId", "x").get("/api/v1/units").then(), 400, "parentId");
        assertProblem(given().queryParam("size", "abc").get("/api/v1/units").then(), 400, "size");
        assertProblem(given().queryParam("size", 1001).get("/api/v1/units").then(), 400, "size");
        assertProblem(given().queryParam("page", -1).get("/api/v1/units").then(), 400, "page");
        assertProblem(given().queryParam("sort", "colour").get("/api/v1/units").then(), 400, "sort");
        assertProblem(given().queryParam("sort", "name,sideways").get("/api/v1/units").then(), 400, "sort");
        assertProblem(given().get("/api/v1/units/00000000-0000-0000-0000-000000000009").then(), 404);
        assertProblem(given().get("/api/v1/units/zzz").then(), 404);
        assertProblem(given().queryParam("asOf", "2025-02-30").get("/api/v1/units/{id}", central).then(), 400, "asOf");
        assertProblem(given().get("/api/v1/units/zzz/children").then(), 404);
        assertProblem(given().queryParam("asOf", "1900-01-01").get("/api/v1/units/{id}/children", central).then(), 422, "asOf");
        assertProblem(given().queryParam("size", 0).get("/api/v1/units/{id}/children", central).then(), 400, "size");
        assertProblem(given().get("/api/v1/units/zzz/ancestors").then(), 404);
        assertProblem(given().queryParam("asOf", "1900-01-01").get("/api/v1/units/{id}/ancestors", central).then(), 422, "asOf");
        assertProblem(given().get("/api/v1/units/00000000-0000-0000-0000-000000000009/lineage").then(), 404);
        assertProblem(given().get("/api/v1/no-such-thing").then(), 404);
        assertProblem(given().delete("/api/v1/units").then(), 405);
    }

    @Test
    void listsAreStablyOrderedAndPaged() {
        String province = TestUnits.province("Hội LHPN tỉnh Phân Trang", FROM);
        for (String name : new String[]{"Xã Đông", "Xã Dương", "Xã Anh", "Xã Ân", "Xã Bình"}) {
            TestUnits.create(province, "COMMUNE", name, FROM);
        }
        // Vietnamese alphabetical order: A < Ă < Â < B … D < Đ
        given().queryParam("asOf", "2030-01-01").queryParam("sort", "name").get("/api/v1/units/{id}/children", province)
                .then().statusCode(200).body("items.name", equalTo(java.util.List.of("Xã Anh", "Xã Ân", "Xã Bình", "Xã Dương", "Xã Đông")));
        given().queryParam("asOf", "2030-01-01").queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/units/{id}/children", province).then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(2)).body("size", equalTo(2)).body("items.name", equalTo(java.util.List.of("Xã Đông")));
        given().queryParam("asOf", "2030-01-01").queryParam("parentId", province).queryParam("sort", "name,desc")
                .get("/api/v1/units").then().statusCode(200).body("items[0].name", equalTo("Xã Đông"));
    }

    private static io.restassured.response.ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/units").then();
    }

    private static io.restassured.response.ValidatableResponse postUnit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/units").then();
    }

    private static io.restassured.response.ValidatableResponse patch(String id, String json) {
        return given().contentType(MERGE_PATCH).body(json).patch("/api/v1/units/{id}", id).then();
    }

    private static Map<String, Object> unit(String code, String name, String level, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        body.put("kind", "xã");
        body.put("validFrom", FROM.toString());
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }
}
