package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.Management;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestMetrics;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ObservabilityTest {

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "gw-42.a:b").get("/api/v1/activity-types").then().header("X-Request-Id", "gw-42.a:b");
        given().get("/api/v1/activity-types").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        // not echoed when it is not a short token (it would go into the logs)
        given().header("X-Request-Id", "x\nFAKE LOG LINE").get("/api/v1/activity-types").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/units/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void healthChecksTheDatabase() {
        Management.management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        Management.management().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsHaveRouteHistogramsPoolAndBusinessCounters() {
        String province = TestUnits.province("Hội LHPN tỉnh Đo Đếm", LocalDate.of(2018, 1, 1));
        String indicator = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("PROVINCE"), Map.of());
        double valuesBefore = TestMetrics.counter("vwu_values_written_total\\{source=\"ENTERED\"");
        TestIndicators.put(List.of(TestIndicators.value(indicator, province, "2018", 5)));
        // a refused write is not counted
        given().contentType(ContentType.JSON).body(Map.of("values", List.of(TestIndicators.value(indicator, province, "2018-13", 5))))
                .put("/api/v1/values").then().statusCode(422);
        TestActivities.create(province, "2018-05-01", "CONTEST", Map.of());
        given().get("/api/v1/units/{id}", province).then().statusCode(200);
        String metrics = TestMetrics.page();
        assertEquals(valuesBefore + 1, TestMetrics.counter(metrics, "vwu_values_written_total\\{source=\"ENTERED\""), 0.001);
        assertTrue(TestMetrics.counter(metrics, "vwu_activities_recorded_total\\{type=\"CONTEST\"") >= 1);
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{") && metrics.contains("uri=\"/api/v1/units/{id}\""), "route histograms");
        assertTrue(metrics.contains("le=\"0.15\""), "a bucket at the 150 ms goal");
        assertTrue(metrics.contains("agroal_"), "connection pool metrics");
        Management.management().get("/q/metrics").then().body(not(containsString(province + "\"")));
    }
}
