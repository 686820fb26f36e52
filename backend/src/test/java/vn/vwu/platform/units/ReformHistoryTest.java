package vn.vwu.platform.units;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real structure before and after 2025-07-01, as loaded from the reference files. */
@QuarkusTest
class ReformHistoryTest {

    @ParameterizedTest(name = "{0}: {1} units of level {2}")
    @CsvSource({
            "2025-06-30, 63, PROVINCE", "2025-06-30, 696, DISTRICT", "2025-06-30, 10035, COMMUNE",
            "2025-07-01, 34, PROVINCE", "2025-07-01, 0, DISTRICT", "2025-07-01, 3321, COMMUNE",
            "2025-06-30, 1, CENTRAL", "2025-07-01, 1, CENTRAL"})
    void countsByLevelAroundTheReform(String asOf, int expected, String level) {
        // Count reference units only: other tests add their own units (their codes contain '-'), demo data is off.
        JsonPath page = given().queryParam("asOf", asOf).queryParam("level", level).queryParam("size", 1000)
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath();
        long total = page.getLong("total");
        long pages = (total + 999) / 1000;
        long reference = 0;
        for (int p = 0; p < pages; p++) {
            List<String> codes = given().queryParam("asOf", asOf).queryParam("level", level).queryParam("size", 1000)
                    .queryParam("page", p).get("/api/v1/units").then().statusCode(200).extract().path("items.code");
            reference += codes.stream().filter(c -> !c.contains("-")).count();
        }
        assertEquals(expected, reference);
    }

    @Test
    void bacLieuBeforeTheReformHangsUnderTheCentralUnionWithItsDistrictsAndCommunes() {
        Map<String, Object> bacLieu = unitByCode("PROVINCE", "95", "2025-06-30");
        assertEquals("Hội LHPN tỉnh Bạc Liêu", bacLieu.get("name"));
        assertEquals("CENTRAL", ((Map<?, ?>) bacLieu.get("parent")).get("level"));
        String id = (String) bacLieu.get("id");
        List<Map<String, Object>> districts = given().queryParam("asOf", "2025-06-30").queryParam("size", 100)
                .get("/api/v1/units/{id}/children", id).then().statusCode(200)
                .body("items.level", everyItem(equalTo("DISTRICT"))).extract().path("items");
        assertEquals(7, districts.size());
        int communes = 0;
        for (Map<String, Object> d : districts) {
            communes += ((Number) d.get("childCount")).intValue();
        }
        assertEquals(64, communes); // per the official conversion table
    }

    @Test
    void bacLieuIsClosedOnTheReformDateAndItsLineageLeadsToCaMau() {
        String bacLieu = (String) unitByCode("PROVINCE", "95", "2025-06-30").get("id");
        given().get("/api/v1/units/{id}", bacLieu).then().statusCode(200)
                .body("validTo", equalTo("2025-07-01"));
        given().queryParam("asOf", "2025-07-01").queryParam("level", "PROVINCE").queryParam("code", "95")
                .get("/api/v1/units").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/units/{id}/lineage", bacLieu).then().statusCode(200)
                .body("successors", hasSize(1))
                .body("successors[0].unit.name", equalTo("Hội LHPN tỉnh Cà Mau"))
                .body("successors[0].share", equalTo("WHOLE"))
                .body("successors[0].reorganization.type", equalTo("MERGE"))
                .body("successors[0].reorganization.effectiveDate", equalTo("2025-07-01"))
                .body("successors[0].reorganization.legalBasis", org.hamcrest.Matchers.containsString("202/2025/QH15"));
        // Children of a closed unit at a later date: a clear domain error, not an empty list.
        given().queryParam("asOf", "2025-07-01").get("/api/v1/units/{id}/children", bacLieu)
                .then().statusCode(422).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void newCaMauContainsFormerBacLieuCommunes() {
        String caMau = (String) unitByCode("PROVINCE", "96", "2025-07-01").get("id");
        List<String> communeIds = given().queryParam("asOf", "2025-07-01").queryParam("size", 200)
                .get("/api/v1/units/{id}/children", caMau).then().statusCode(200)
                .body("total", equalTo(64)).extract().path("items.id");
        String bacLieu = (String) unitByCode("PROVINCE", "95", "2025-06-30").get("id");
        int fromBacLieu = 0;
        for (String communeId : communeIds) {
            List<String> predecessors = given().get("/api/v1/units/{id}/lineage", communeId).then().statusCode(200)
                    .extract().path("predecessors.unit.id");
            for (String pred : predecessors) {
                List<String> ancestors = given().queryParam("asOf", "2025-06-30")
                        .get("/api/v1/units/{id}/ancestors", pred).then().statusCode(200).extract().path("id");
                if (ancestors.contains(bacLieu)) {
                    fromBacLieu++;
                    break;
                }
            }
        }
        assertTrue(fromBacLieu >= 20, "new Cà Mau communes formed from Bạc Liêu communes: " + fromBacLieu);
        assertTrue(fromBacLieu < 64, "and some from old Cà Mau");
    }

    @Test
    void caMauContinuesAcrossTheReformAndAbsorbsBacLieu() {
        String before = (String) unitByCode("PROVINCE", "96", "2025-06-30").get("id");
        String after = (String) unitByCode("PROVINCE", "96", "2025-07-01").get("id");
        assertEquals(before, after, "Cà Mau kept its code and name: the same union continues");
        given().get("/api/v1/units/{id}/lineage", after).then().statusCode(200)
                .body("predecessors.unit.name", hasItem("Hội LHPN tỉnh Bạc Liêu"));
    }

    @Test
    void splitCommuneDaiMoHasFivePartSuccessorsWithEqualWeights() {
        String daiMo = (String) unitByCode("COMMUNE", "00634", "2025-06-30").get("id");
        given().get("/api/v1/units/{id}/lineage", daiMo).then().statusCode(200)
                .body("unit.name", equalTo("Hội LHPN phường Đại Mỗ"))
                .body("successors", hasSize(5))
                .body("successors.share", everyItem(equalTo("PART")))
                .body("successors.weight", everyItem(equalTo(0.2f)));
    }

    @Test
    void aCommuneMovesFromItsDistrictToItsProvinceWhenDistrictsEnd() {
        // A continuing commune: same code, name and kind before and after; only its parent changes.
        Map<String, Object> before = unitByCode("COMMUNE", "00004", "2025-06-30");
        Map<String, Object> after = unitByCode("COMMUNE", "00004", "2025-07-01");
        assertFalse(before.get("id").equals(after.get("id")), "code 00004 names Trúc Bạch before and Ba Đình after");
        List<String> ancestorsBefore = given().queryParam("asOf", "2025-06-30").get("/api/v1/units/{id}/ancestors", before.get("id"))
                .then().statusCode(200).extract().path("level");
        assertEquals(List.of("CENTRAL", "PROVINCE", "DISTRICT"), ancestorsBefore);
        List<String> ancestorsAfter = given().queryParam("asOf", "2025-07-01").get("/api/v1/units/{id}/ancestors", after.get("id"))
                .then().statusCode(200).extract().path("level");
        assertEquals(List.of("CENTRAL", "PROVINCE"), ancestorsAfter);
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        for (String q : List.of("ca mau", "CÀ MAU", "Cà Mau", "cà  mau")) {
            List<String> names = given().queryParam("q", q).queryParam("level", "PROVINCE").queryParam("asOf", "2025-07-01")
                    .get("/api/v1/units").then().statusCode(200).extract().path("items.adminName");
            assertEquals(List.of("Tỉnh Cà Mau"), names, "query " + q);
        }
        given().queryParam("q", "dak lak").queryParam("asOf", "2025-07-01").queryParam("level", "PROVINCE")
                .get("/api/v1/units").then().statusCode(200).body("items.adminName", hasItem("Tỉnh Đắk Lắk"));
    }

    @Test
    void reformEventsAreListedByDateAndUnit() {
        String bacLieu = (String) unitByCode("PROVINCE", "95", "2025-06-30").get("id");
        given().queryParam("unitId", bacLieu).get("/api/v1/reorganizations").then().statusCode(200)
                .body("items.type", hasItem("MERGE"))
                .body("items.type", hasItem("DISSOLVE")); // its districts
        int total = given().queryParam("from", "2025-07-01").queryParam("to", "2025-07-01").queryParam("type", "MERGE")
                .get("/api/v1/reorganizations").then().statusCode(200).extract().path("total");
        assertTrue(total > 2000, "commune and province merges on 2025-07-01: " + total);
    }

    static Map<String, Object> unitByCode(String level, String code, String asOf) {
        List<Map<String, Object>> items = given().queryParam("asOf", asOf).queryParam("level", level).queryParam("code", code)
                .get("/api/v1/units").then().statusCode(200).extract().path("items");
        assertEquals(1, items.size(), level + " " + code + " on " + asOf);
        return items.get(0);
    }
}
