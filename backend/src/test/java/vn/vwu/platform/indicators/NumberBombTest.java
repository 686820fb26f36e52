package vn.vwu.platform.indicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers that are short to send and enormous to expand (1e999999999 has a billion digits in plain form) are refused
 * with a short 4xx before any arithmetic, through every door figures come in: JSON values and targets, CSV values and
 * targets. The heap after them is what it was before, and nothing is stored.
 */
@QuarkusTest
class NumberBombTest {

    static final List<String> BOMBS = List.of("1e999999999", "-1e999999999", "1e-300000000", "-1e-300000000", "1e200000", "1e20000",
            "1e2147483647", "1e-2147483647", "9.99e999999", "1e16", "1000000000000000", "-1000000000000000", "123456789012345678901234567890",
            "0.0000001", "1e-7", "12345678901234567890.5", "1E+999", "7e-999", "4.2e100", "1" + "0".repeat(900));

    @Test
    void everyDoorRefusesNumberBombsAtOnceAndTheHeapStaysAsItWas() {
        String ind = TestIndicators.reported("MONTH", "SUM");
        String yearly = TestIndicators.reported("YEAR", "SUM");
        String province = TestUnits.province("Hội LHPN tỉnh Số Khổng Lồ", LocalDate.of(2031, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã Số Lớn", LocalDate.of(2031, 1, 1));
        long heapBefore = usedHeapAfterGc();
        for (String bomb : BOMBS) {
            check(given().contentType(ContentType.JSON).body("""
                    {"values":[{"indicator":"%s","unitId":"%s","period":"2031-10","value":%s}]}""".formatted(ind, commune, bomb))
                    .put("/api/v1/values"), bomb, "values[0].value");
            check(given().contentType(ContentType.JSON).body("""
                    {"targets":[{"indicator":"%s","unitId":"%s","period":"2031","value":%s}]}""".formatted(yearly, commune, bomb))
                    .put("/api/v1/targets"), bomb, "targets[0].value");
            check(csv("/api/v1/values/import", "indicator,unit,period,value\n%s,%s,2031-10,%s\n".formatted(ind, commune, bomb)), bomb, "line 2: value");
            check(csv("/api/v1/targets/import", "indicator,unit,period,value\n%s,%s,2031,%s\n".formatted(yearly, commune, bomb)), bomb, "line 2: value");
        }
        long grown = usedHeapAfterGc() - heapBefore;
        // One 1e999999999 expanded to plain text alone takes ~2 GB; the whole run must not leave more than noise behind.
        assertTrue(grown < 64L * 1024 * 1024, "the heap grew by " + grown / (1024 * 1024) + " MB");
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("total", equalTo(0));
        given().queryParam("indicator", yearly).get("/api/v1/targets").then().body("total", equalTo(0));
    }

    @Test
    void theLargestFigureThatFitsIsStoredExactly() {
        String ind = TestIndicators.reported("MONTH", "SUM", "MONEY", List.of("COMMUNE"), java.util.Map.of());
        String province = TestUnits.province("Hội LHPN tỉnh Số Vừa Đủ", LocalDate.of(2031, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã Vừa Đủ", LocalDate.of(2031, 1, 1));
        given().contentType(ContentType.JSON).body("""
                {"values":[{"indicator":"%s","unitId":"%s","period":"2031-10","value":999999999999999}]}""".formatted(ind, commune))
                .put("/api/v1/values").then().statusCode(200).body("created", equalTo(1));
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("items[0].value", equalTo(999999999999999L));
    }

    private static Response csv(String path, String body) {
        return given().contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8)).post(path);
    }

    private static void check(Response r, String bomb, String field) {
        assertEquals(422, r.statusCode(), bomb + " → " + r.statusCode() + " " + r.asString());
        assertTrue(r.asString().length() < 2_000, bomb + ": the answer is " + r.asString().length() + " characters");
        assertEquals(field, r.jsonPath().getString("errors[0].field"), bomb + ": " + r.asString());
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
