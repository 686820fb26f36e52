package vn.vwu.platform.indicators.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class IndicatorCatalogueTest {

    @Test
    void theUnionsIndicatorsAreSeeded() {
        given().queryParam("size", 200).get("/api/v1/indicators").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(45))
                .body("items.code", hasItem("VWU-MEM-NEW"));
        given().queryParam("code", "VWU-POL-WCOMM").get("/api/v1/indicators").then()
                .body("items[0].unitAggregation", equalTo("RATIO"))
                .body("items[0].numeratorCode", equalTo("VWU-POL-WCOMM-W"))
                .body("items[0].denominatorCode", equalTo("VWU-POL-WCOMM-ALL"))
                .body("items[0].factor", equalTo(100));
        given().queryParam("q", "hoi vien ket nap").get("/api/v1/indicators").then()
                .body("items.code", hasItem("VWU-MEM-NEW"));
    }

    @Test
    void everyUnitOfMeasureAndCategoryOptionOfTheUnionsCatalogueHasVietnameseWords() {
        List<Map<String, Object>> items = given().queryParam("size", 200).queryParam("q", "VWU-").get("/api/v1/indicators").then().statusCode(200)
                .extract().path("items");
        int seeded = 0;
        for (Map<String, Object> i : items) {
            if (!String.valueOf(i.get("code")).startsWith("VWU-")) {
                continue; // tests' own indicators
            }
            seeded++;
            @SuppressWarnings("unchecked")
            Map<String, String> measure = (Map<String, String>) i.get("unitOfMeasureName");
            assertEquals(i.get("unitOfMeasure"), measure.get("code"));
            assertNotEquals(measure.get("code"), measure.get("name").equals("%") ? "" : measure.get("name"),
                    i.get("code") + ": unit of measure '" + measure.get("code") + "' has no Vietnamese name in Terms");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> options = (List<Map<String, String>>) i.get("categoryOptionNames");
            assertEquals(i.get("categoryOptions"), options.stream().map(o -> o.get("code")).toList());
            for (Map<String, String> o : options) {
                assertNotEquals(o.get("code"), o.get("name"), i.get("code") + ": category option without Vietnamese name");
            }
        }
        assertTrue(seeded >= 45, "seeded indicators: " + seeded);
        given().queryParam("code", "VWU-MEM-TOTAL").get("/api/v1/indicators").then()
                .body("items[0].unitOfMeasureName.name", equalTo("người"))
                .body("items[0].categoryOptionNames.name", hasItem("Dân tộc thiểu số"));
    }

    @Test
    void createsUpdatesDeactivatesAndDeletesOnlyUnusedIndicators() {
        String code = TestIndicators.reported("YEAR", "SUM");
        String id = given().queryParam("code", code).get("/api/v1/indicators").then().extract().path("items[0].id");
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"nameEn\":\"Test indicator\",\"active\":false}").patch("/api/v1/indicators/{id}", id)
                .then().statusCode(200).body("active", equalTo(false)).body("nameEn", equalTo("Test indicator"));
        assertProblem(given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"name\":\"x\"}").patch("/api/v1/indicators/{id}", id).then(), 412);
        assertProblem(given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"periodType\":\"MONTH\"}").patch("/api/v1/indicators/{id}", id).then(), 400, "periodType");
        given().delete("/api/v1/indicators/{id}", id).then().statusCode(204);
        assertProblem(given().get("/api/v1/indicators/{id}", id).then(), 404);

        // with data: only deactivation
        String used = TestIndicators.reported("YEAR", "SUM");
        String usedId = given().queryParam("code", used).get("/api/v1/indicators").then().extract().path("items[0].id");
        String province = TestUnits.province("Hội LHPN tỉnh Chỉ Tiêu", LocalDate.of(2030, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã Dữ Liệu", LocalDate.of(2030, 1, 1));
        TestIndicators.put(List.of(TestIndicators.value(used, commune, "2030", 5)));
        assertProblem(given().delete("/api/v1/indicators/{id}", usedId).then(), 409);
    }

    @Test
    void rejectsInconsistentDefinitions() {
        Map<String, Object> ratioWithoutParts = Map.of("code", TestIndicators.code("R"), "name", "Tỷ lệ", "unitOfMeasure", "%",
                "valueType", "PERCENT", "periodType", "YEAR", "unitAggregation", "RATIO", "timeAggregation", "LAST");
        assertProblem(post(ratioWithoutParts), 400, "numeratorCode").body("errors.field", hasItem("denominatorCode"));
        Map<String, Object> sumWithoutLevels = Map.of("code", TestIndicators.code("S"), "name", "Tổng", "unitOfMeasure", "x",
                "valueType", "INTEGER", "periodType", "YEAR", "unitAggregation", "SUM", "timeAggregation", "SUM");
        assertProblem(post(sumWithoutLevels), 400, "reportingLevels");
        Map<String, Object> moneyWithDecimals = Map.of("code", TestIndicators.code("M"), "name", "Tiền", "unitOfMeasure", "VND",
                "valueType", "MONEY", "decimals", 2, "periodType", "YEAR", "unitAggregation", "SUM", "timeAggregation", "SUM",
                "reportingLevels", List.of("COMMUNE"));
        assertProblem(post(moneyWithDecimals), 400, "decimals");
        Map<String, Object> badCode = Map.of("code", "lower case", "name", "x", "unitOfMeasure", "x",
                "valueType", "INTEGER", "periodType", "YEAR", "unitAggregation", "SUM", "timeAggregation", "SUM", "reportingLevels", List.of("COMMUNE"));
        assertProblem(post(badCode), 400, "code");
        Map<String, Object> duplicate = Map.of("code", "VWU-MEM-NEW", "name", "x", "unitOfMeasure", "x",
                "valueType", "INTEGER", "periodType", "YEAR", "unitAggregation", "SUM", "timeAggregation", "SUM", "reportingLevels", List.of("COMMUNE"));
        assertProblem(post(duplicate), 409, "code");
        assertProblem(given().contentType(ContentType.JSON).body("{\"valueType\":\"FLOAT\"}").post("/api/v1/indicators").then(), 400, "valueType");
        assertProblem(given().queryParam("active", "maybe").get("/api/v1/indicators").then(), 400, "active");
        assertProblem(given().get("/api/v1/indicators/nope").then(), 404);
        assertProblem(given().delete("/api/v1/indicators/00000000-0000-0000-0000-000000000077").then(), 404);
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then();
    }
}
