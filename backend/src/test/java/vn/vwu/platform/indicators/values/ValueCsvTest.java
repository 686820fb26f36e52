package vn.vwu.platform.indicators.values;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class ValueCsvTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Test
    void importsByIdAndByCodeThenExportsForExcel() {
        String p = TestUnits.province("Hội LHPN tỉnh Nhập Tệp", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã Hòa Bình", LocalDate.of(2030, 1, 1));
        String codeOfA = given().get("/api/v1/units/{id}", a).then().extract().path("code");
        String ind = TestIndicators.reported("MONTH", "SUM");
        String body = "indicator,unit,period,value,comment\n"
                + ind + "," + a + ",2030-01,12,\"tháng 1, ghi chú\"\n"
                + ind + "," + codeOfA + ",2030-02,7,\n";
        given().contentType(CSV).queryParam("dryRun", true).body(body).post("/api/v1/values/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2));
        given().contentType(CSV).body(body).post("/api/v1/values/import").then().statusCode(200).body("created", equalTo(2));
        byte[] export = given().queryParam("indicator", ind).get("/api/v1/values/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(export, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFindicator,unit,unitName,period"), text);
        assertTrue(text.contains("\"Xã Hòa Bình\",\"2030-01\",,12,\"tháng 1, ghi chú\",IMPORTED"), text);
    }

    @Test
    void acceptsVietnameseExcelSemicolonsAndDecimalCommas() {
        String p = TestUnits.province("Hội LHPN tỉnh Dấu Chấm Phẩy", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã A", LocalDate.of(2030, 1, 1));
        String money = TestIndicators.reported("YEAR", "SUM", "MONEY", List.of("COMMUNE"), Map.of());
        given().contentType(CSV).body("indicator;unit;period;value\n" + money + ";" + a + ";2030;4.200.000.000\n")
                .post("/api/v1/values/import").then().statusCode(200).body("created", equalTo(1));
        given().queryParam("indicator", money).get("/api/v1/values").then().body("items[0].value", equalTo(4200000000L));
    }

    @Test
    void numbersAreNeverReinterpretedSilently() {
        String p = TestUnits.province("Hội LHPN tỉnh Số Hai Nghĩa", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã A", LocalDate.of(2030, 1, 1));
        String rate = TestIndicators.reported("YEAR", "LAST", "DECIMAL", List.of("COMMUNE"), Map.of("decimals", 1));
        // A decimal point in a ;-separated file is a decimal point: 26.8, not 268.
        given().contentType(CSV).body("indicator;unit;period;value\n" + rate + ";" + a + ";2030;26.8\n")
                .post("/api/v1/values/import").then().statusCode(200).body("created", equalTo(1));
        given().queryParam("indicator", rate).get("/api/v1/values").then().body("items[0].value", equalTo(26.8f));
        // 4.200 reads two ways in a ,-separated file: refused naming both, until the format is declared.
        String count = TestIndicators.reported("YEAR", "SUM");
        String file = "indicator,unit,period,value\n" + count + "," + a + ",2030,4.200\n";
        assertProblem(given().contentType(CSV).body(file).post("/api/v1/values/import").then(), 422, "line 2: value")
                .body("errors[0].message", containsString("4200 or 4.2"));
        given().contentType(CSV).queryParam("numberFormat", "vi").body(file).post("/api/v1/values/import").then().statusCode(200);
        given().queryParam("indicator", count).get("/api/v1/values").then().body("items[0].value", equalTo(4200));
        assertProblem(given().contentType(CSV).queryParam("numberFormat", "fr").body(file).post("/api/v1/values/import").then(), 400, "numberFormat");
    }

    @Test
    void aFileNotInUtf8IsRefusedWithHowToSaveIt() {
        String p = TestUnits.province("Hội LHPN tỉnh Mã Trang", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã A", LocalDate.of(2030, 1, 1));
        String ind = TestIndicators.reported("YEAR", "SUM");
        byte[] windows1258 = ("indicator,unit,period,value,comment\n" + ind + "," + a + ",2030,5,Hội ph").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(windows1258, windows1258.length + 2);
        broken[broken.length - 2] = (byte) 0xE3; // a lone lead byte, as a Windows code page writes "ụ"
        broken[broken.length - 1] = '\n';
        assertProblem(given().contentType(CSV).body(broken).post("/api/v1/values/import").then(), 400, "body")
                .body("errors[0].message", containsString("line 2"));
        assertProblem(given().contentType(CSV).body(("indicator,unit,period,value\n" + ind + "," + a + ",2030,5\u0000\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/values/import").then(), 400, "body");
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("total", equalTo(0));
    }

    @Test
    void errorsNameTheLineAndNothingIsWritten() {
        String p = TestUnits.province("Hội LHPN tỉnh Dòng Lỗi", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã A", LocalDate.of(2030, 1, 1));
        String ind = TestIndicators.reported("MONTH", "SUM");
        String body = "indicator,unit,period,value\n" + ind + "," + a + ",2030-01,5\n" + ind + "," + a + ",2030-02,-3\n" + ind + "," + a + ",2030-Q1,2\n";
        assertProblem(given().contentType(CSV).body(body).post("/api/v1/values/import").then(), 422)
                .body("errors.field", hasItems("line 3: value", "line 4: period"));
        assertProblem(given().contentType(CSV).body(ind + ",x,2030-01,5\n").post("/api/v1/values/import").then(), 400, "line 1");
        assertProblem(given().contentType(CSV).body("indicator,unit,period,value\n" + ind + ",NO-SUCH-CODE,2030-01,5\n")
                .post("/api/v1/values/import").then(), 422, "line 2: unit");
        assertProblem(given().contentType(CSV).body("indicator,unit,period,value\n" + ind + "," + a + ",2030-01,năm\n")
                .post("/api/v1/values/import").then(), 422, "line 2: value");
        assertProblem(given().contentType(CSV).body("").post("/api/v1/values/import").then(), 400, "body");
        // a wrong file of 1,500 bad lines: all counted, the first thousand listed, in Vietnamese when asked
        StringBuilder wrong = new StringBuilder("indicator,unit,period,value\n");
        for (int i = 0; i < 1500; i++) {
            wrong.append(ind).append(',').append(a).append(",2030-01,sai").append(i).append('\n');
        }
        given().header("Accept-Language", "vi").contentType(CSV).body(wrong.toString()).post("/api/v1/values/import").then().statusCode(422)
                .body("detail", equalTo("1500 dòng không hợp lệ (liệt kê 1000 dòng đầu tiên); chưa có gì được ghi"))
                .body("errors.size()", equalTo(1000)).body("errors[999].field", equalTo("line 1001: value"))
                .body("errors[0].message", equalTo("'sai0' không phải là số"));
        given().queryParam("indicator", ind).get("/api/v1/values").then().body("total", equalTo(0));
    }

    @Test
    void errorsNameTheLineInTheFileEvenAfterBlankLines() {
        String p = TestUnits.province("Hội LHPN tỉnh Dòng Trống", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã A", LocalDate.of(2030, 1, 1));
        String ind = TestIndicators.reported("MONTH", "SUM");
        // line 1 header, 2 good, 3 blank, 4 good, 5 blank, 6 a negative count: the spreadsheet's line 6
        String body = "indicator,unit,period,value\n" + ind + "," + a + ",2030-01,5\n\n" + ind + "," + a + ",2030-02,4\n\n"
                + ind + "," + a + ",2030-03,-1\n";
        assertProblem(given().contentType(CSV).body(body).post("/api/v1/values/import").then(), 422)
                .body("errors.field", equalTo(List.of("line 6: value")));
        String targets = "indicator,unit,period,value\n\n" + ind + "," + a + ",2030,-2\n";
        assertProblem(given().contentType(CSV).body(targets).post("/api/v1/targets/import").then(), 422)
                .body("errors.field", equalTo(List.of("line 3: value")));
    }

    @Test
    void targetsImportFromTheValuesFormatAndExportBackUnchanged() {
        String p = TestUnits.province("Hội LHPN tỉnh Giao Chỉ Tiêu Bằng Tệp", LocalDate.of(2030, 1, 1));
        String a = TestUnits.create(p, "COMMUNE", "Xã Tân Phú", LocalDate.of(2030, 1, 1));
        String codeOfA = given().get("/api/v1/units/{id}", a).then().extract().path("code");
        String members = TestIndicators.reported("MONTH", "SUM");
        String money = TestIndicators.reported("YEAR", "SUM", "MONEY", List.of("COMMUNE"), Map.of());
        // as Vietnamese Excel saves it: semicolons, thousands dots; units by id or by code, a year and a congress term
        String body = "indicator;unit;period;value;comment\n"
                + members + ";" + a + ";2031;2.100;Nghị quyết Đại hội\n"
                + money + ";" + codeOfA + ";2030-2035;1.293.000.000;\n";
        given().contentType(CSV).queryParam("dryRun", true).body(body).post("/api/v1/targets/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2));
        given().queryParam("unitId", a).get("/api/v1/targets").then().body("total", equalTo(0));
        given().contentType(CSV).body(body).post("/api/v1/targets/import").then().statusCode(200).body("created", equalTo(2));
        given().queryParam("unitId", a).queryParam("indicator", money).get("/api/v1/targets").then()
                .body("items[0].period", equalTo("2030-2035")).body("items[0].value", equalTo(1293000000));

        byte[] export = given().queryParam("unitId", a).get("/api/v1/targets/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(export, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFindicator,unit,unitName,period,value,comment,version\n"), text);
        assertTrue(text.contains("\"" + members + "\",\"" + a + "\",\"Xã Tân Phú\",\"2031\",2100,\"Nghị quyết Đại hội\",0\n"), text);
        // the exported file imports back as it is: nothing changes
        given().contentType(CSV).body(text).post("/api/v1/targets/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));

        // all or nothing: one bad line (a category option on a target, a finer period) and nothing is written
        String bad = "indicator,unit,period,value,categoryOption\n" + members + "," + a + ",2032,50,\n"
                + members + "," + a + ",2033,60,DTTS\n";
        assertProblem(given().contentType(CSV).body(bad).post("/api/v1/targets/import").then(), 422)
                .body("errors.field", equalTo(List.of("line 3: categoryOption")));
        assertProblem(given().contentType(CSV).body("indicator,unit,period,value\n" + money + "," + a + ",2032-Q1,5\n" + members + "," + a + ",2032,50\n")
                .post("/api/v1/targets/import").then(), 422, "line 2: period");
        given().queryParam("unitId", a).queryParam("period", "2032").get("/api/v1/targets").then().body("total", equalTo(0));
        assertProblem(given().contentType(CSV).body("").post("/api/v1/targets/import").then(), 400, "body");
        assertProblem(given().queryParam("period", "sometime").get("/api/v1/targets/export").then(), 400, "period");
    }
}
