package vn.vwu.platform.testing;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds activities through the API. */
public final class TestActivities {

    private TestActivities() {
    }

    /** A minimal valid activity body at `unitId` on `date` (08:00 Vietnam time), DONE unless overridden. */
    public static Map<String, Object> body(String unitId, String date, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("title", "Truyền thông Luật Trẻ em năm 2016");
        body.put("type", type);
        body.put("startsAt", date + "T08:00:00+07:00");
        body.put("endsAt", date + "T11:00:00+07:00");
        body.put("status", "DONE");
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    public static String create(String unitId, String date, String type, Map<String, Object> extra) {
        Map<String, Object> body = body(unitId, date, type);
        body.putAll(extra);
        return create(body);
    }

    public static Map<String, Object> participants(int total, int women, int men) {
        return Map.of("participants", Map.of("total", total, "women", women, "men", men));
    }

    public static Map<String, Object> programmes(String... codes) {
        return Map.of("programmeCodes", List.of(codes));
    }

    public static Map<String, Object> with(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    /** A new programme with a stamped code, valid from {@code start} to {@code end} (null: open). */
    public static String programme(String start, String end) {
        Map<String, Object> body = new HashMap<>();
        String code = TestUnits.code("P").toUpperCase().replace('.', '-');
        body.put("code", code);
        body.put("name", "Chương trình thử nghiệm " + code);
        body.put("kind", "PROGRAMME");
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/programmes").then().statusCode(201);
        return code;
    }
}
