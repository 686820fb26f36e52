package vn.vwu.platform.testing;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds test indicators through the API, with unique codes. */
public final class TestIndicators {

    private TestIndicators() {
    }

    public static String code(String prefix) {
        return TestUnits.code(prefix).toUpperCase().replace('.', '-');
    }

    /** A reported SUM indicator; returns its code. */
    public static String reported(String periodType, String timeAggregation, String valueType, List<String> levels, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        String code = code("T");
        body.put("code", code);
        body.put("name", "Chỉ tiêu thử nghiệm " + code);
        body.put("unitOfMeasure", "person");
        body.put("valueType", valueType);
        body.put("reportingLevels", levels);
        body.put("periodType", periodType);
        body.put("unitAggregation", "SUM");
        body.put("timeAggregation", timeAggregation);
        body.put("minValue", 0);
        body.putAll(extra);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    public static String reported(String periodType, String timeAggregation) {
        return reported(periodType, timeAggregation, "INTEGER", List.of("COMMUNE", "BRANCH"), Map.of());
    }

    public static String computed(String aggregation, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        String code = code("C");
        body.put("code", code);
        body.put("name", "Chỉ tiêu tính toán " + code);
        body.put("unitOfMeasure", "percent");
        body.put("valueType", "PERCENT");
        body.put("decimals", 1);
        body.put("periodType", "YEAR");
        body.put("unitAggregation", aggregation);
        body.put("timeAggregation", "LAST");
        body.putAll(extra);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    /** Writes values: each entry is {indicator, unitId, period, value}. */
    public static void put(List<Map<String, Object>> values) {
        given().contentType(ContentType.JSON).body(Map.of("values", values)).put("/api/v1/values").then().statusCode(200);
    }

    public static Map<String, Object> value(String indicator, String unitId, String period, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put("indicator", indicator);
        v.put("unitId", unitId);
        v.put("period", period);
        v.put("value", value);
        return v;
    }
}
