package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many clients at once on the same unit, value or report: no lost update (a stale version is a 412, exactly one
 * writer wins), and roll-ups equal the sum of what was acknowledged. Every round releases all clients together from
 * a latch, so the requests really overlap.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final int CLIENTS = 12;
    private static final LocalDate FROM = LocalDate.of(2012, 1, 1);

    @Test
    void editsOfOneValueFromTheSameVersionLetExactlyOneWin() throws Exception {
        String commune = TestUnits.create(TestUnits.province("Tỉnh Cạnh Tranh", FROM), "COMMUNE", "Xã Cạnh Tranh", FROM);
        String indicator = TestIndicators.reported("MONTH", "SUM");
        TestIndicators.put(List.of(TestIndicators.value(indicator, commune, "2013-05", 1)));
        for (int round = 0; round < 3; round++) {
            int version = given().queryParam("indicator", indicator).queryParam("unitId", commune).queryParam("period", "2013-05")
                    .get("/api/v1/values").then().statusCode(200).extract().path("items[0].version");
            int base = 1000 * (round + 1);
            List<Integer> statuses = together(i -> () -> {
                Map<String, Object> v = TestIndicators.value(indicator, commune, "2013-05", base + i);
                v.put("expectedVersion", version);
                return given().contentType(ContentType.JSON).body(Map.of("values", List.of(v))).put("/api/v1/values").statusCode();
            });
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
            assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), "the others are told they are stale: " + statuses);
            int winner = statuses.indexOf(200);
            given().queryParam("indicator", indicator).queryParam("unitId", commune).queryParam("period", "2013-05").get("/api/v1/values")
                    .then().statusCode(200)
                    .body("items[0].value", org.hamcrest.Matchers.equalTo(base + winner))
                    .body("items[0].version", org.hamcrest.Matchers.equalTo(version + 1));
        }
    }

    @Test
    void renamesOfOneUnitWithTheSameETagLetExactlyOneWin() throws Exception {
        String unit = TestUnits.create(TestUnits.province("Tỉnh Đổi Tên", FROM), "COMMUNE", "Xã Đổi Tên", FROM);
        String etag = given().get("/api/v1/units/{id}", unit).then().statusCode(200).extract().header("ETag");
        List<Integer> statuses = together(i -> () -> given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("name", "Xã Đổi Tên " + i)).patch("/api/v1/units/{id}", unit).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().get("/api/v1/units/{id}", unit).then().body("name", org.hamcrest.Matchers.equalTo("Xã Đổi Tên " + statuses.indexOf(200)));
    }

    @Test
    void rollUpsEqualTheSumOfAcknowledgedWritesUnderConcurrentWriters() throws Exception {
        String province = TestUnits.province("Tỉnh Cộng Dồn", FROM);
        List<String> communes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            communes.add(TestUnits.create(province, "COMMUNE", "Xã Cộng Dồn " + i, FROM));
        }
        String indicator = TestIndicators.reported("MONTH", "SUM");
        // Each client rewrites the 4 communes × 3 months several times, in its own order; writes to the same key
        // race (last writer wins). What counts is that the roll-up equals what the table holds, which must be one of
        // the acknowledged values of each key: the total is the sum of the stored acknowledged values.
        Map<String, List<Integer>> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        together(client -> () -> {
            for (int pass = 0; pass < 3; pass++) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (String commune : communes) {
                    for (String month : List.of("2013-01", "2013-02", "2013-03")) {
                        rows.add(TestIndicators.value(indicator, commune, month, client * 100 + pass));
                    }
                }
                java.util.Collections.shuffle(rows, new java.util.Random(client * 31L + pass));
                int status = given().contentType(ContentType.JSON).body(Map.of("values", rows)).put("/api/v1/values").statusCode();
                assertEquals(200, status);
                for (Map<String, Object> r : rows) {
                    acknowledged.computeIfAbsent(r.get("unitId") + "|" + r.get("period"), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add((Integer) r.get("value"));
                }
            }
            return 200;
        });
        List<Map<String, Object>> stored = given().queryParam("indicator", indicator).queryParam("unitId", province).queryParam("descendants", true)
                .queryParam("size", 100).get("/api/v1/values").then().statusCode(200).extract().path("items");
        assertEquals(12, stored.size());
        int sum = 0;
        for (Map<String, Object> v : stored) {
            int value = ((Number) v.get("value")).intValue();
            String key = v.get("unitId") + "|" + v.get("period");
            assertTrue(acknowledged.get(key).contains(value), key + " holds " + value + ", never acknowledged");
            sum += value;
        }
        Number total = given().queryParam("unitId", province).queryParam("indicator", indicator).queryParam("period", "2013-Q1")
                .get("/api/v1/analytics/values").then().statusCode(200).extract().path("rows[0].value");
        assertEquals(sum, total.intValue());
    }

    @Test
    void activitiesRecordedAtOnceAreAllCountedInTheDerivedFigures() throws Exception {
        String commune = TestUnits.create(TestUnits.province("Tỉnh Hoạt Động Dồn", FROM), "COMMUNE", "Xã Hoạt Động Dồn", FROM);
        // same unit, same month: every creation refreshes the same derived figures
        List<Integer> statuses = together(i -> () -> given().contentType(ContentType.JSON)
                .body(TestActivities.with(TestActivities.body(commune, "2013-06-" + String.format("%02d", 1 + i), "CONTEST"),
                        TestActivities.participants(10 + i, 10 + i, 0)))
                .post("/api/v1/activities").statusCode());
        assertEquals(List.of(201), statuses.stream().distinct().toList());
        Map<String, Object> figures = new HashMap<>();
        for (String code : List.of("VWU-ACT-ALL", "VWU-ACT-PART")) {
            figures.put(code, given().queryParam("indicator", code).queryParam("unitId", commune).queryParam("period", "2013-06")
                    .get("/api/v1/values").then().statusCode(200).extract().path("items[0].value"));
        }
        assertEquals(CLIENTS, ((Number) figures.get("VWU-ACT-ALL")).intValue());
        int participants = 0;
        for (int i = 0; i < CLIENTS; i++) {
            participants += 10 + i;
        }
        assertEquals(participants, ((Number) figures.get("VWU-ACT-PART")).intValue());
    }

    /** Runs CLIENTS calls released at the same instant; returns their results in client order. */
    private static <T> List<T> together(IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Callable<T> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
