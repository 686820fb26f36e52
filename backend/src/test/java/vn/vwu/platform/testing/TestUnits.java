package vn.vwu.platform.testing;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Builds test hierarchies through the public API. Codes are unique per test run so tests never collide
 * with each other or with the reference data, whatever order they run in.
 */
public final class TestUnits {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private TestUnits() {
    }

    public static String code(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public static String centralId() {
        return given().queryParam("level", "CENTRAL").queryParam("asOf", "2025-01-01")
                .get("/api/v1/units").then().statusCode(200).extract().path("items[0].id");
    }

    /** Creates a unit and returns its id. */
    public static String create(String parentId, String level, String name, LocalDate from) {
        return create(parentId, level, name, from, null);
    }

    public static String create(String parentId, String level, String name, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code(level.substring(0, 3)));
        body.put("name", name);
        body.put("level", level);
        body.put("kind", kindOf(level));
        body.put("parentId", parentId);
        body.put("validFrom", from.toString());
        if (to != null) {
            body.put("validTo", to.toString());
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/units")
                .then().statusCode(201).extract().path("id");
    }

    /** Moves a unit under another parent from `date` (a MOVE reorganisation). */
    public static void move(String unitId, String newParentId, LocalDate date) {
        given().contentType(ContentType.JSON).body(Map.of("type", "MOVE", "effectiveDate", date.toString(), "legalBasis", "QĐ điều chuyển",
                        "moves", List.of(Map.of("unitId", unitId, "newParentId", newParentId))))
                .post("/api/v1/reorganizations").then().statusCode(201);
    }

    /** A fresh province under the central union, from `from`, to hang test trees on. */
    public static String province(String name, LocalDate from) {
        return create(centralId(), "PROVINCE", name, from);
    }

    public static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    private static String kindOf(String level) {
        return switch (level) {
            case "PROVINCE" -> "tỉnh";
            case "DISTRICT" -> "huyện";
            case "COMMUNE" -> "xã";
            case "BRANCH" -> "chi hội";
            case "GROUP" -> "tổ phụ nữ";
            default -> "trung ương";
        };
    }
}
