package vn.vwu.platform.units;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.text.Csv;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The downloadable archive of a subtree: complete, nothing from outside it, and re-importable. */
@QuarkusTest
class UnitArchiveTest {

    private static final LocalDate FROM = LocalDate.of(2011, 1, 1);

    @Test
    void aProvinceArchiveHoldsItsUnitsValuesTargetsActivitiesAndReportsOnly() throws IOException {
        String province = TestUnits.province("Tỉnh Lưu Trữ", FROM);
        String commune = TestUnits.create(province, "COMMUNE", "Xã Hòa Bình", FROM);
        String closed = TestUnits.create(province, "COMMUNE", "Xã Đã Giải Thể", FROM, LocalDate.of(2014, 1, 1));
        String elsewhere = TestUnits.create(TestUnits.province("Tỉnh Khác", FROM), "COMMUNE", "Xã Ngoài", FROM);
        String monthly = TestIndicators.reported("MONTH", "SUM");
        String quarterly = TestIndicators.reported("QUARTER", "SUM");
        String yearly = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("PROVINCE", "COMMUNE"), Map.of());
        Map<String, Object> commented = TestIndicators.value(monthly, commune, "2013-03", 12);
        commented.put("comment", "Số liệu \"đã\" rà soát, có dấu phẩy");
        TestIndicators.put(List.of(commented, TestIndicators.value(monthly, commune, "2013-04", 7),
                TestIndicators.value(monthly, closed, "2013-12", 3), TestIndicators.value(quarterly, commune, "2013-Q2", 5),
                TestIndicators.value(monthly, elsewhere, "2013-03", 99)));
        given().contentType(ContentType.JSON).body(Map.of("targets", List.of(
                        Map.of("indicator", yearly, "unitId", province, "period", "2011-2016", "value", 500),
                        Map.of("indicator", yearly, "unitId", commune, "period", "2013", "value", 40))))
                .put("/api/v1/targets").then().statusCode(200);
        String activity = TestActivities.create(commune, "2013-05-01", "CONTEST", Map.of());
        TestActivities.create(elsewhere, "2013-05-01", "CONTEST", Map.of());

        byte[] zip = given().get("/api/v1/units/{id}/archive", province).then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString(".zip")).extract().asByteArray();
        Map<String, List<Map<String, String>>> files = read(zip);

        assertEquals(List.of("activities.csv", "derived_values.csv", "reports.csv", "targets.csv", "unit_parents.csv", "units.csv", "values.csv"),
                files.keySet().stream().filter(n -> n.endsWith(".csv")).sorted().toList());
        assertEquals(List.of(closed, commune, province).stream().sorted().toList(),
                files.get("units.csv").stream().map(r -> r.get("id")).sorted().toList());
        assertEquals("2014-01-01", files.get("units.csv").stream().filter(r -> r.get("id").equals(closed)).findFirst().orElseThrow().get("valid_to"));
        List<Map<String, String>> values = files.get("values.csv");
        assertEquals(4, values.size(), "the other province's value is not in the archive");
        assertTrue(values.stream().anyMatch(v -> v.get("period").equals("2013-Q2") && v.get("value").equals("5")));
        assertTrue(values.stream().anyMatch(v -> v.get("comment").equals("Số liệu \"đã\" rà soát, có dấu phẩy")));
        assertEquals(List.of("2011-2016", "2013"), files.get("targets.csv").stream().map(r -> r.get("period")).sorted().toList());
        assertTrue(files.get("derived_values.csv").stream().anyMatch(v -> v.get("indicator").equals("VWU-ACT-ALL") && v.get("period").equals("2013-05")
                && v.get("value").equals("1")), "the activity's derived figure");
        assertEquals(List.of(activity), files.get("activities.csv").stream().map(r -> r.get("id")).toList());
        assertTrue(new String(entry(zip, "README.txt"), StandardCharsets.UTF_8).contains("values.csv: 4 rows"));

        // values.csv is in the import format: importing it back changes nothing.
        given().contentType("text/csv; charset=UTF-8").body(entry(zip, "values.csv")).post("/api/v1/values/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4));
    }

    @Test
    void onlyUnitAdministratorsOfTheSubtreeMayDownloadIt() {
        String province = TestUnits.province("Tỉnh Quyền Lưu Trữ", FROM);
        String commune = TestUnits.create(province, "COMMUNE", "Xã Quyền", FROM);
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(province, "EDITOR", "APPROVER"))
                .get("/api/v1/units/{id}/archive", province).then().statusCode(403);
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(commune, "UNIT_ADMIN"))
                .get("/api/v1/units/{id}/archive", province).then().statusCode(403);
        given().header("Authorization", "Bearer " + TestAuth.tokenOf(province, "UNIT_ADMIN"))
                .get("/api/v1/units/{id}/archive", commune).then().statusCode(200);
    }

    private static Map<String, List<Map<String, String>>> read(byte[] zip) throws IOException {
        Map<String, List<Map<String, String>>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".csv")) {
                    files.put(e.getName(), Csv.read(new ByteArrayInputStream(in.readAllBytes())));
                }
            }
        }
        return files;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the archive");
    }
}
