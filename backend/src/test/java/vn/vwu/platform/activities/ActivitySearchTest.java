package vn.vwu.platform.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestUnits;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vwu.platform.testing.Problems.assertProblem;
import static vn.vwu.platform.testing.TestActivities.with;

@QuarkusTest
class ActivitySearchTest {

    private static final LocalDate FROM = LocalDate.of(2013, 1, 1);

    /** A province with a district whose commune moves directly under the province on 2013-07-01. */
    record Tree(String province, String district, String commune, String other) {
    }

    static Tree tree(String name) {
        String province = TestUnits.province("Hội LHPN tỉnh " + name, FROM);
        String district = TestUnits.create(province, "DISTRICT", "Huyện " + name, FROM);
        String commune = TestUnits.create(district, "COMMUNE", "Xã " + name, FROM);
        String other = TestUnits.create(province, "COMMUNE", "Phường Khác " + name, FROM);
        TestUnits.move(commune, province, LocalDate.of(2013, 7, 1));
        return new Tree(province, district, commune, other);
    }

    @Test
    void subtreeMembershipFollowsEachActivitysDate() {
        Tree t = tree("Cây Lịch Sử");
        String before = TestActivities.create(t.commune(), "2013-03-01", "COMMUNICATION", Map.of());
        String after = TestActivities.create(t.commune(), "2013-08-01", "COMMUNICATION", Map.of());
        String own = TestActivities.create(t.district(), "2013-05-01", "MEETING", Map.of());
        ids(Map.of("unitId", t.district())).body("items.id", containsInAnyOrder(before, own)).body("total", equalTo(2));
        ids(Map.of("unitId", t.province())).body("items.id", containsInAnyOrder(before, after, own));
        ids(Map.of("unitId", t.commune())).body("items.id", containsInAnyOrder(before, after));
        ids(Map.of("unitId", t.district(), "descendants", "false")).body("items.id", contains(own));
        // newest first by default
        ids(Map.of("unitId", t.province())).body("items[0].id", equalTo(after));
    }

    @Test
    void filtersByDatesTypeProgrammeStatusAndWords() {
        Tree t = tree("Bộ Lọc");
        String p = TestActivities.programme("2013-01-01", null);
        String a = TestActivities.create(with(TestActivities.body(t.commune(), "2013-02-10", "COMMUNICATION"),
                with(TestActivities.programmes(p), Map.of("title", "Truyền thông Luật Trẻ em năm 2016", "description", "Tại nhà văn hóa"))));
        String b = TestActivities.create(with(TestActivities.body(t.other(), "2013-09-10", "TRAINING"),
                Map.of("title", "Tập huấn khởi nghiệp", "results", "Cà Mau tham gia")));
        String c = TestActivities.create(with(TestActivities.body(t.other(), "2013-10-10", "TRAINING"), Map.of("status", "CANCELLED")));
        String unit = t.province();
        ids(Map.of("unitId", unit, "period", "2013-Q1")).body("items.id", contains(a));
        ids(Map.of("unitId", unit, "from", "2013-09-10", "to", "2013-09-10")).body("items.id", contains(b));
        ids(Map.of("unitId", unit, "period", "2013-01-01..2013-09-30")).body("items.id", containsInAnyOrder(a, b));
        ids(Map.of("unitId", unit, "type", "TRAINING")).body("items.id", containsInAnyOrder(b, c));
        ids(Map.of("unitId", unit, "type", "TRAINING,COMMUNICATION", "status", "DONE")).body("items.id", containsInAnyOrder(a, b));
        ids(Map.of("unitId", unit, "programme", p)).body("items.id", contains(a));
        ids(Map.of("unitId", unit, "q", "luat TRE em")).body("items.id", containsInAnyOrder(a, c)); // c keeps the default title
        ids(Map.of("unitId", unit, "q", "luat TRE em", "status", "DONE")).body("items.id", contains(a));
        ids(Map.of("unitId", unit, "q", "ca mau")).body("items.id", contains(b));
        ids(Map.of("unitId", unit, "q", "nhà văn hóa")).body("items.id", contains(a));
        ids(Map.of("unitId", unit, "q", "100%_")).body("total", equalTo(0));
        ids(Map.of("unitId", unit, "sort", "startsAt,asc", "size", "2")).body("items.id", contains(a, b)).body("total", equalTo(3));
        ids(Map.of("unitId", unit, "sort", "startsAt,asc", "size", "2", "page", "1")).body("items.id", contains(c));
        ids(Map.of("unitId", unit, "page", "5")).body("total", equalTo(3)).body("items.size()", equalTo(0));
    }

    @Test
    void badParametersAre400() {
        String url = "/api/v1/activities";
        assertProblem(given().queryParam("unitId", "x").get(url).then(), 400, "unitId");
        assertProblem(given().queryParam("period", "2013-13").get(url).then(), 400, "period");
        assertProblem(given().queryParam("from", "2013-02-30").get(url).then(), 400, "from");
        assertProblem(given().queryParam("from", "2013-03-01").queryParam("to", "2013-02-01").get(url).then(), 400, "to");
        assertProblem(given().queryParam("period", "2013").queryParam("from", "2013-03-01").get(url).then(), 400, "period");
        assertProblem(given().queryParam("type", "DANCE").get(url).then(), 400, "type");
        assertProblem(given().queryParam("programme", "NOPE").get(url).then(), 400, "programme");
        assertProblem(given().queryParam("status", "DONE,MAYBE").get(url).then(), 400, "status");
        assertProblem(given().queryParam("sort", "colour,asc").get(url).then(), 400, "sort");
        assertProblem(given().queryParam("descendants", "yes").get(url).then(), 400, "descendants");
        assertProblem(given().queryParam("size", "5000").get(url).then(), 400, "size");
        assertProblem(given().queryParam("groupBy", "CHILD").get(url + "/summary").then(), 400, "groupBy");
        assertProblem(given().queryParam("groupBy", "REGION").get(url + "/summary").then(), 400, "groupBy");
        assertProblem(given().queryParam("format", "pdf").get(url + "/export").then(), 400, "format");
    }

    @Test
    void summariesCountDoneActivitiesByTypeProgrammeChildAndMonth() {
        Tree t = tree("Tổng Hợp");
        String p = TestActivities.programme("2013-01-01", null);
        TestActivities.create(with(TestActivities.body(t.commune(), "2013-02-10", "COMMUNICATION"),
                with(TestActivities.participants(100, 80, 20), with(TestActivities.programmes(p), Map.of("cost", 1_000_000, "funds", 5_000_000)))));
        TestActivities.create(with(TestActivities.body(t.commune(), "2013-08-10", "COMMUNICATION"), TestActivities.participants(50, 50, 0)));
        TestActivities.create(with(TestActivities.body(t.other(), "2013-08-20", "CHARITY_HOUSE"),
                Map.of("funds", 60_000_000, "beneficiaries", Map.of("people", 4, "households", 1))));
        TestActivities.create(with(TestActivities.body(t.other(), "2013-09-01", "CHARITY_HOUSE"), Map.of("status", "CANCELLED", "funds", 9)));

        JsonPath byType = summary(t.province(), "TYPE");
        assertEquals(3, byType.getInt("total.activities"));
        assertEquals(150, byType.getInt("total.participants"));
        assertEquals(65_000_000L, byType.getLong("total.funds"));
        assertEquals(2, byType.getInt("groups.find { it.key == 'COMMUNICATION' }.totals.activities"));
        assertEquals("Buổi truyền thông, tuyên truyền", byType.getString("groups.find { it.key == 'COMMUNICATION' }.label"));

        JsonPath byProgramme = summary(t.province(), "PROGRAMME");
        assertEquals(1, byProgramme.getInt("groups.find { it.key == '%s' }.totals.activities".formatted(p)));
        assertEquals(2, byProgramme.getInt("groups.find { it.key == null }.totals.activities"));

        // children of the province as of each activity's date: the district in February, the moved commune in August
        JsonPath byChild = summary(t.province(), "CHILD");
        assertEquals(1, byChild.getInt("groups.find { it.key == '%s' }.totals.activities".formatted(t.district())));
        assertEquals(1, byChild.getInt("groups.find { it.key == '%s' }.totals.activities".formatted(t.commune())));
        assertEquals(1, byChild.getInt("groups.find { it.key == '%s' }.totals.activities".formatted(t.other())));

        JsonPath byMonth = summary(t.province(), "MONTH");
        assertEquals(List.of("2013-02", "2013-08"), byMonth.getList("groups.key"));
        assertEquals(2, byMonth.getInt("groups.find { it.key == '2013-08' }.totals.activities"));

        JsonPath withCancelled = given().queryParam("unitId", t.province()).queryParam("groupBy", "STATUS").queryParam("status", "DONE,CANCELLED")
                .get("/api/v1/activities/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(4, withCancelled.getInt("total.activities"));
        assertEquals(1, withCancelled.getInt("groups.find { it.key == 'CANCELLED' }.totals.activities"));
    }

    @Test
    void exportsCsvAndExcelOfTheSelection() throws Exception {
        Tree t = tree("Xuất Dữ Liệu");
        TestActivities.create(with(TestActivities.body(t.commune(), "2013-02-10", "COMMUNICATION"),
                with(TestActivities.participants(3000, 2600, 400), Map.of("title", "Truyền thông \"5 không, 3 sạch\", ấp 3", "funds", 1_293_000_000L))));
        TestActivities.create(TestActivities.body(t.other(), "2013-03-10", "TRAINING"));

        String csv = given().queryParam("unitId", t.province()).queryParam("sort", "startsAt,asc").get("/api/v1/activities/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("id,activity_date,starts_at,ends_at,unit_code,unit_name,title,type"));
        assertTrue(lines[1].contains("\"Truyền thông \"\"5 không, 3 sạch\"\", ấp 3\""), lines[1]);
        assertTrue(lines[1].contains(",\"2013-02-10\",\"2013-02-10T08:00:00+07:00\","), lines[1]);
        assertTrue(lines[1].contains(",\"3000\",\"2600\",\"400\","), lines[1]);
        assertTrue(lines[1].contains(",\"1293000000\","), lines[1]);

        byte[] xlsx = given().queryParam("unitId", t.province()).queryParam("format", "xlsx").queryParam("sort", "startsAt,asc")
                .get("/api/v1/activities/export").then().statusCode(200).contentType(startsWith(ActivityResource.XLSX)).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Hoạt động", wb.getFirstSheet().getName());
            assertEquals(3, rows.size());
            assertEquals("Tên hoạt động", rows.get(0).getCellText(6));
            assertEquals("Truyền thông \"5 không, 3 sạch\", ấp 3", rows.get(1).getCellText(6));
            assertEquals(0, new java.math.BigDecimal("1293000000").compareTo(rows.get(1).getCell(21).asNumber()));
            assertEquals(LocalDate.of(2013, 2, 10), rows.get(1).getCell(1).asDate().toLocalDate());
            assertEquals("Xã Xuất Dữ Liệu", rows.get(1).getCellText(5));
        }
    }

    @Test
    void theCentralUnionsSelectionIsEveryActivity() {
        Tree t = tree("Toàn Quốc");
        TestActivities.create(t.commune(), "2013-04-01", "TRAINING", Map.of());
        TestActivities.create(t.province(), "2013-11-01", "TRAINING", Map.of());
        String central = TestUnits.centralId();
        // the root needs no subtree join; the answer must be the one the subtree join gives (CHILD keeps it)
        JsonPath byType = summary(central, "TYPE", "2013");
        JsonPath byChild = summary(central, "CHILD", "2013");
        assertEquals(byChild.getInt("total.activities"), byType.getInt("total.activities"));
        assertEquals(byChild.getLong("total.participants"), byType.getLong("total.participants"));
        assertTrue(byType.getInt("total.activities") >= 2);
        given().queryParam("unitId", central).queryParam("period", "2013").queryParam("status", "DONE").get("/api/v1/activities").then().statusCode(200)
                .body("total", equalTo(byType.getInt("total.activities")));
    }

    private static io.restassured.response.ValidatableResponse ids(Map<String, String> params) {
        return given().queryParams(params).get("/api/v1/activities").then().statusCode(200);
    }

    private static JsonPath summary(String unit, String groupBy) {
        return given().queryParam("unitId", unit).queryParam("groupBy", groupBy).get("/api/v1/activities/summary")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath summary(String unit, String groupBy, String period) {
        return given().queryParam("unitId", unit).queryParam("groupBy", groupBy).queryParam("period", period).get("/api/v1/activities/summary")
                .then().statusCode(200).extract().jsonPath();
    }
}
