package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Problem details speak the language the client asks for; integrations without Accept-Language get English. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void vietnameseWhenAskedForWithFieldNamesAndTypeUnchanged() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8").contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/units").then().statusCode(400)
                .header("Content-Language", "vi").header("Vary", containsString("Accept-Language"))
                .body("type", equalTo("https://vwu.vn/problems/validation"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.find { it.field == 'name' }.message", equalTo("không được để trống"));
        String id = UUID.randomUUID().toString();
        given().header("Accept-Language", "vi").get("/api/v1/units/" + id).then().statusCode(404)
                .body("title", equalTo("Không tìm thấy")).body("detail", equalTo("Đơn vị " + id + " không tồn tại"));
    }

    @Test
    void englishByDefaultAndWhenPreferred() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/units").then().statusCode(400)
                .header("Content-Language", "en").body("title", equalTo("Invalid request"))
                .body("errors.message", hasItem("must not be blank"));
        given().header("Accept-Language", "en-US,en;q=0.9,vi;q=0.8").get("/api/v1/units/" + UUID.randomUUID()).then().statusCode(404)
                .header("Content-Language", "en").body("title", equalTo("Not found"));
    }

    @Test
    void theFirstLanguageWeSpeakDecidesAndAnUnreadableHeaderIsNoError() {
        given().header("Accept-Language", "fr-FR, de;q=0.8, vi;q=0.5").get("/api/v1/units/" + UUID.randomUUID()).then().statusCode(404)
                .header("Content-Language", "vi");
        given().header("Accept-Language", ";;q=x,,").get("/api/v1/units/" + UUID.randomUUID()).then().statusCode(404)
                .header("Content-Language", "en");
    }

    @Test
    void aValueRowErrorReachesTheDataEntryGridInVietnamese() {
        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("values", java.util.List.of(Map.of("indicator", "KHONG-CO", "unitId", UUID.randomUUID().toString(),
                        "period", "2023", "value", 1))))
                .put("/api/v1/values").then().statusCode(422)
                .body("errors[0].field", equalTo("values[0].indicator"))
                .body("errors[0].message", equalTo("không có chỉ tiêu mã KHONG-CO"));
    }
}
