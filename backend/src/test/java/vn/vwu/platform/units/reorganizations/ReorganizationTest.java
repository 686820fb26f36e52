package vn.vwu.platform.units.reorganizations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.DatabaseFingerprint;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class ReorganizationTest {

    private static final LocalDate START = LocalDate.of(2030, 1, 1);
    private static final String D = "2032-07-01";

    @Inject
    EntityManager em;

    @Test
    void mergeClosesPredecessorsOpensTheSuccessorAndRehomesChildren() {
        String province = TestUnits.province("Hội LHPN tỉnh Hợp Nhất", START);
        String a = TestUnits.create(province, "COMMUNE", "Hội LHPN xã An Lạc", START);
        String b = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Bình Yên", START);
        String branch = TestUnits.create(a, "BRANCH", "Chi hội thôn 1", START);
        String newCode = TestUnits.code("NEW");
        String body = """
                {"type":"MERGE","effectiveDate":"%s","legalBasis":"Nghị quyết 9999/NQ-UBTVQH15",
                 "predecessors":[{"unitId":"%s"},{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Hội LHPN xã An Bình","adminName":"Xã An Bình"}}],
                 "moves":[]}""".formatted(D, a, b, newCode);
        // the branch of A still hangs under A: refused until it is moved
        assertProblem(post(body), 422, "predecessors[0].unitId").body("errors[0].message", containsString("Chi hội thôn 1"));

        String event = post(body.replace("\"moves\":[]", "\"moves\":[{\"unitId\":\"" + branch + "\",\"newParentId\":\"" + province + "\"}]"))
                .statusCode(201)
                .body("type", equalTo("MERGE"))
                .body("lineage", hasSize(2))
                .body("lineage.share", containsInAnyOrder("WHOLE", "WHOLE"))
                .body("effects.effect", containsInAnyOrder("CLOSED", "CLOSED", "CREATED", "MOVED"))
                .extract().path("id");
        String successor = given().queryParam("asOf", D).queryParam("code", newCode).get("/api/v1/units")
                .then().statusCode(200).extract().path("items[0].id");
        given().get("/api/v1/units/{id}", successor).then()
                .body("level", equalTo("COMMUNE")).body("kind", equalTo("xã"))   // defaults from the first predecessor
                .body("parent.id", equalTo(province)).body("validFrom", equalTo(D));
        given().get("/api/v1/units/{id}", a).then().body("validTo", equalTo(D));
        assertEquals(List.of("Hội LHPN xã An Lạc", "Hội LHPN xã Bình Yên"), names(province, "2032-06-30"));
        assertEquals(List.of("Chi hội thôn 1", "Hội LHPN xã An Bình"), names(province, D));
        given().get("/api/v1/units/{id}/lineage", successor).then()
                .body("predecessors.unit.id", containsInAnyOrder(a, b))
                .body("predecessors[0].reorganization.id", equalTo(event));
        given().queryParam("unitId", b).get("/api/v1/reorganizations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].legalBasis", equalTo("Nghị quyết 9999/NQ-UBTVQH15"));
        given().get("/api/v1/reorganizations/{id}", event).then().statusCode(200).body("effectiveDate", equalTo(D));
        // the branch's ancestors follow the move
        given().queryParam("asOf", "2032-06-30").get("/api/v1/units/{id}/ancestors", branch).then().body("id", hasItem(a));
        given().queryParam("asOf", D).get("/api/v1/units/{id}/ancestors", branch).then().body("id", hasSize(2)).body("id[1]", equalTo(province));
    }

    @Test
    void mergeIntoAnExistingUnitKeepsItAndRecordsWholeLineage() {
        String province = TestUnits.province("Hội LHPN tỉnh Sáp Nhập", START);
        String keeper = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Giữ Lại", START);
        String absorbed = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Nhập Vào", START);
        String boundary = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Điều Chỉnh", START);
        post("""
                {"type":"MERGE","effectiveDate":"%s","legalBasis":"NQ test",
                 "predecessors":[{"unitId":"%s"},{"unitId":"%s","share":"PART","weight":0.25}],
                 "successors":[{"unitId":"%s"}]}""".formatted(D, absorbed, boundary, keeper))
                .statusCode(201).body("effects.find { it.unit.id == '%s' }.effect".formatted(keeper), equalTo("CONTINUED"));
        given().get("/api/v1/units/{id}", keeper).then().body("validTo", equalTo(null));
        given().get("/api/v1/units/{id}", absorbed).then().body("validTo", equalTo(D));
        // a PART predecessor only hands over part of its territory: it stays open
        given().get("/api/v1/units/{id}", boundary).then().body("validTo", equalTo(null));
        given().get("/api/v1/units/{id}/lineage", keeper).then()
                .body("predecessors.find { it.unit.id == '%s' }.share".formatted(boundary), equalTo("PART"))
                .body("predecessors.find { it.unit.id == '%s' }.weight".formatted(boundary), equalTo(0.25f))
                .body("predecessors.find { it.unit.id == '%s' }.share".formatted(absorbed), equalTo("WHOLE"));
    }

    @Test
    void splitHandsPartsWithWeightsAndRejectsWeightsThatDoNotAddUp() {
        String province = TestUnits.province("Hội LHPN tỉnh Chia Tách", START);
        String old = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Lớn", START);
        String template = """
                {"type":"SPLIT","effectiveDate":"%s","legalBasis":"NQ chia tách",
                 "predecessors":[{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã Bắc"},"weight":%s},
                               {"newUnit":{"code":"%s","name":"Xã Nam"},"weight":%s}]}""";
        String before = DatabaseFingerprint.of(em);
        assertProblem(post(template.formatted(D, old, TestUnits.code("N"), "0.7", TestUnits.code("S"), "0.2")), 400, "successors")
                .body("errors[0].message", containsString("0.9"));
        assertEquals(before, DatabaseFingerprint.of(em));
        post(template.formatted(D, old, TestUnits.code("N"), "0.7", TestUnits.code("S"), "0.3")).statusCode(201);
        given().get("/api/v1/units/{id}/lineage", old).then()
                .body("successors", hasSize(2))
                .body("successors.share", containsInAnyOrder("PART", "PART"))
                .body("successors.weight", containsInAnyOrder(0.7f, 0.3f));
        assertEquals(List.of("Xã Bắc", "Xã Nam"), names(province, D));
    }

    @Test
    void splitWithoutWeightsGivesEqualShares() {
        String province = TestUnits.province("Hội LHPN tỉnh Chia Đều", START);
        String old = TestUnits.create(province, "COMMUNE", "Hội LHPN xã Ba Phần", START);
        post("""
                {"type":"SPLIT","effectiveDate":"%s","legalBasis":"NQ",
                 "predecessors":[{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Xã 1"}},{"newUnit":{"code":"%s","name":"Xã 2"}},{"newUnit":{"code":"%s","name":"Xã 3"}}]}"""
                .formatted(D, old, TestUnits.code("A"), TestUnits.code("B"), TestUnits.code("C")))
                .statusCode(201).body("lineage.weight", containsInAnyOrder(0.333333f, 0.333333f, 0.333333f));
    }

    @Test
    void renameCreatesASuccessorUnderTheSameParent() {
        String province = TestUnits.province("Hội LHPN tỉnh Đổi Tên", START);
        String old = TestUnits.create(province, "COMMUNE", "Hội LHPN thị trấn Cũ", START);
        String code = TestUnits.code("R");
        post("""
                {"type":"RENAME","effectiveDate":"%s","legalBasis":"NQ đổi tên",
                 "predecessors":[{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Hội LHPN phường Mới","kind":"phường"}}]}""".formatted(D, old, code))
                .statusCode(201).body("lineage[0].share", equalTo("WHOLE"));
        given().queryParam("asOf", D).queryParam("code", code).get("/api/v1/units").then()
                .body("items[0].kind", equalTo("phường")).body("items[0].parent.id", equalTo(province));
    }

    @Test
    void moveChangesTheParentFromTheDateAndRefusesCycles() {
        String p1 = TestUnits.province("Hội LHPN tỉnh Nguồn", START);
        String p2 = TestUnits.province("Hội LHPN tỉnh Đích", START);
        String district = TestUnits.create(p1, "DISTRICT", "Hội LHPN huyện Di Chuyển", START);
        String commune = TestUnits.create(district, "COMMUNE", "Hội LHPN xã Theo Huyện", START);
        post(move(district, p2)).statusCode(201).body("effects[0].fromParent.id", equalTo(p1)).body("effects[0].toParent.id", equalTo(p2));
        given().queryParam("asOf", "2032-06-30").get("/api/v1/units/{id}/ancestors", commune).then().body("id[1]", equalTo(p1));
        given().queryParam("asOf", D).get("/api/v1/units/{id}/ancestors", commune).then().body("id[1]", equalTo(p2));
        String before = DatabaseFingerprint.of(em);
        assertProblem(post(move(district, p2)), 422, "moves[0].newParentId").body("detail", containsString("already"));
        // a unit cannot go under a lower level, nor under its own descendant
        assertProblem(post(move(p2, commune)), 422, "moves[0].newParentId");
        assertEquals(before, DatabaseFingerprint.of(em));
    }

    @Test
    void moveUnderALowerLevelUnitIsRefused() {
        String p = TestUnits.province("Hội LHPN tỉnh Vòng", START);
        String commune = TestUnits.create(p, "COMMUNE", "Hội LHPN xã Trên", START);
        String branch = TestUnits.create(commune, "BRANCH", "Chi hội Giữa", START);
        String group = TestUnits.create(branch, "GROUP", "Tổ Dưới", START);
        // levels make cycles impossible: a unit can never go under its own descendant, which is of a lower level
        assertProblem(post(move(branch, group)), 422, "moves[0].newParentId");
    }

    @Test
    void dissolveOfAUnitWithChildrenIsRefusedAndWritesNothing() {
        String province = TestUnits.province("Hội LHPN tỉnh Giải Thể", START);
        String district = TestUnits.create(province, "DISTRICT", "Hội LHPN huyện Còn Con", START);
        String commune = TestUnits.create(district, "COMMUNE", "Hội LHPN xã Con", START);
        String before = DatabaseFingerprint.of(em);
        String body = """
                {"type":"DISSOLVE","effectiveDate":"%s","legalBasis":"NQ giải thể","predecessors":[{"unitId":"%s"}]}""".formatted(D, district);
        assertProblem(post(body), 422, "predecessors[0].unitId").body("errors[0].message", containsString("Hội LHPN xã Con"));
        assertEquals(before, DatabaseFingerprint.of(em));
        given().get("/api/v1/units/{id}", district).then().body("validTo", equalTo(null));
        given().queryParam("unitId", district).get("/api/v1/reorganizations").then().body("total", equalTo(0));
        // dissolving the district together with its commune is fine
        post("""
                {"type":"DISSOLVE","effectiveDate":"%s","legalBasis":"NQ","predecessors":[{"unitId":"%s"},{"unitId":"%s"}]}"""
                .formatted(D, district, commune)).statusCode(201).body("effects", hasSize(2));
        assertEquals(List.of(), names(province, D));
    }

    @Test
    void createOpensNewUnits() {
        String province = TestUnits.province("Hội LHPN tỉnh Thành Lập", START);
        post("""
                {"type":"CREATE","effectiveDate":"%s","legalBasis":"QĐ thành lập",
                 "successors":[{"newUnit":{"code":"%s","name":"Hội LHPN xã Mới Lập","level":"COMMUNE","kind":"xã","parentId":"%s"}}]}"""
                .formatted(D, TestUnits.code("C"), province)).statusCode(201).body("effects[0].effect", equalTo("CREATED"));
        assertEquals(List.of("Hội LHPN xã Mới Lập"), names(province, D));
    }

    @Test
    void shapeErrorsAreListedPerType() {
        String province = TestUnits.province("Hội LHPN tỉnh Hình Dạng", START);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", START);
        assertProblem(post("{\"type\":\"MERGE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\"}".formatted(D)), 400, "successors")
                .body("errors.field", hasItem("predecessors"));
        assertProblem(post("{\"type\":\"SPLIT\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\",\"predecessors\":[{\"unitId\":\"%s\"}],\"successors\":[{\"newUnit\":{\"code\":\"Q1\",\"name\":\"q\"}}]}"
                .formatted(D, a)), 400, "successors");
        assertProblem(post("{\"type\":\"MOVE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\"}".formatted(D)), 400, "moves");
        assertProblem(post("{\"type\":\"DISSOLVE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\",\"predecessors\":[{\"unitId\":\"%s\"},{\"unitId\":\"%s\"}]}"
                .formatted(D, a, a)), 400, "predecessors");
        assertProblem(post("{\"type\":\"CREATE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\",\"successors\":[{\"unitId\":\"%s\"}]}"
                .formatted(D, a)), 400, "successors[0].newUnit");
        assertProblem(post("{\"type\":\"RENAME\",\"effectiveDate\":\"%s\",\"legalBasis\":\" \",\"predecessors\":[{\"unitId\":\"%s\"}],\"successors\":[{\"newUnit\":{\"code\":\"R1\",\"name\":\"r\"}}]}"
                .formatted(D, a)), 400, "legalBasis");
        assertProblem(post("{\"type\":\"REFORM\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\"}".formatted(D)), 400, "type");
        assertProblem(post("{\"type\":\"MERGE\",\"effectiveDate\":\"01/07/2032\",\"legalBasis\":\"x\"}"), 400, "effectiveDate");
        assertProblem(post("{\"type\":\"MERGE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\",\"predecessors\":[{\"unitId\":\"%s\",\"weight\":1.5}],\"successors\":[{\"unitId\":\"%s\"}]}"
                .formatted(D, a, province)), 400, "predecessors[0].weight");
        assertProblem(post("{\"type\":\"MERGE\",\"effectiveDate\":\"%s\",\"legalBasis\":\"x\",\"predecessors\":[{\"unitId\":\"not-a-uuid\"}]}".formatted(D)),
                400, "predecessors[0].unitId");
        assertProblem(given().contentType(ContentType.JSON).post("/api/v1/reorganizations").then(), 400, "body");
    }

    @Test
    void domainErrorsLeaveTheHierarchyUnchanged() {
        String province = TestUnits.province("Hội LHPN tỉnh Quy Tắc", START);
        String a = TestUnits.create(province, "COMMUNE", "Xã A", START);
        String b = TestUnits.create(province, "COMMUNE", "Xã B", START);
        String takenCode = given().get("/api/v1/units/{id}", b).then().extract().path("code");
        String before = DatabaseFingerprint.of(em);
        // unknown predecessor
        assertProblem(post(merge(a, "00000000-0000-0000-0000-000000000042", TestUnits.code("M"))), 422, "predecessors[1].unitId");
        // predecessor not alive at the date
        assertProblem(post(merge(a, b, TestUnits.code("M")).replace(D, "2029-01-01")), 422, "predecessors[0].unitId");
        // successor code already in use by a unit alive then (B stays open: it is not closed by this event)
        assertProblem(post("""
                {"type":"MERGE","effectiveDate":"%s","legalBasis":"x","predecessors":[{"unitId":"%s"},{"unitId":"%s","share":"PART"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Trùng"}}]}""".formatted(D, a, b, takenCode)), 409, "successors[0].newUnit.code");
        // a unit cannot succeed itself
        assertProblem(post("""
                {"type":"MERGE","effectiveDate":"%s","legalBasis":"x","predecessors":[{"unitId":"%s"}],"successors":[{"unitId":"%s"}]}"""
                .formatted(D, a, a)), 422, "successors[0].unitId");
        // closing a unit on its first day
        assertProblem(post(merge(a, b, TestUnits.code("M")).replace(D, START.toString())), 422, "predecessors[0].unitId");
        assertEquals(before, DatabaseFingerprint.of(em));
    }

    @Test
    void listFiltersAreValidated() {
        assertProblem(given().queryParam("from", "2025-7-1").get("/api/v1/reorganizations").then(), 400, "from");
        assertProblem(given().queryParam("from", "2025-07-02").queryParam("to", "2025-07-01").get("/api/v1/reorganizations").then(), 400, "to");
        assertProblem(given().queryParam("type", "FUSION").get("/api/v1/reorganizations").then(), 400, "type");
        assertProblem(given().queryParam("unitId", "42").get("/api/v1/reorganizations").then(), 400, "unitId");
        assertProblem(given().queryParam("size", "-3").get("/api/v1/reorganizations").then(), 400, "size");
        assertProblem(given().get("/api/v1/reorganizations/00000000-0000-0000-0000-000000000042").then(), 404);
        assertProblem(given().get("/api/v1/reorganizations/xyz").then(), 404);
    }

    private static String merge(String a, String b, String code) {
        return """
                {"type":"MERGE","effectiveDate":"%s","legalBasis":"x","predecessors":[{"unitId":"%s"},{"unitId":"%s"}],
                 "successors":[{"newUnit":{"code":"%s","name":"Hợp"}}]}""".formatted(D, a, b, code);
    }

    private static String move(String unit, String parent) {
        return """
                {"type":"MOVE","effectiveDate":"%s","legalBasis":"QĐ điều chuyển","moves":[{"unitId":"%s","newParentId":"%s"}]}"""
                .formatted(D, unit, parent);
    }

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/reorganizations").then();
    }

    private static List<String> names(String parent, String asOf) {
        List<Map<String, Object>> items = given().queryParam("asOf", asOf).queryParam("size", 1000)
                .get("/api/v1/units/{id}/children", parent).then().statusCode(200).extract().path("items");
        return items.stream().map(i -> (String) i.get("name")).sorted().toList();
    }
}
