package vn.vwu.platform.activities.attachments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.vwu.platform.testing.Problems.assertProblem;

@QuarkusTest
class AttachmentTest {

    private static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    /** Browsers send file names as raw UTF-8 in the part header; RestAssured's default would strip the diacritics. */
    private static final RestAssuredConfig BROWSER_LIKE = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private static String activity(String name) {
        String province = TestUnits.province("Hội LHPN tỉnh " + name, FROM);
        return TestActivities.create(province, "2014-03-08", "VISIT_GIFTS", Map.of());
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillOval(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static io.restassured.response.ValidatableResponse upload(String activity, String name, byte[] bytes, String declaredType) {
        return given().config(BROWSER_LIKE).multiPart("file", name, bytes, declaredType).post("/api/v1/activities/{id}/attachments", activity).then();
    }

    @Test
    void photoIsStoredWithAPreviewAndComesBackByteForByte() throws Exception {
        String a = activity("Ảnh Chụp");
        byte[] photo = png(1200, 800);
        String id = upload(a, "Buổi thăm hỏi ấp 3.png", photo, "image/png").statusCode(201)
                .body("fileName", equalTo("Buổi thăm hỏi ấp 3.png")).body("contentType", equalTo("image/png"))
                .body("sizeBytes", equalTo(photo.length)).body("thumbnail", equalTo(true)).extract().path("id");
        byte[] back = given().get("/api/v1/activities/{a}/attachments/{id}", a, id).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename*=UTF-8''Bu%E1%BB%95i%20th%C4%83m"))
                .extract().asByteArray();
        assertArrayEquals(photo, back);
        byte[] thumb = given().get("/api/v1/activities/{a}/attachments/{id}/thumbnail", a, id).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(thumb));
        assertNotNull(preview);
        assertEquals(320, preview.getWidth());
        assertEquals(213, preview.getHeight());
        given().get("/api/v1/activities/{a}/attachments", a).then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(id));
        given().get("/api/v1/activities/{id}", a).then().body("attachments", equalTo(1));
    }

    @Test
    void aFileNameCannotDisguiseItselfAndTheUploaderIsRecorded() throws Exception {
        String a = activity("Tên Tệp Giả");
        // U+202E turns what follows around on screen: "anh<RLO>gnp.exe" would read "anhexe.png".
        upload(a, "ảnh\u202Eđẹp\u200F.png", png(10, 10), "image/png").statusCode(201)
                .body("fileName", equalTo("ảnhđẹp.png")).body("createdBy", equalTo(TestAuth.ADMIN));
    }

    @Test
    void documentsAreRecognisedFromTheirBytes() throws Exception {
        String a = activity("Tài Liệu");
        upload(a, "bao-cao.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "application/pdf").statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("thumbnail", equalTo(false));
        upload(a, "ke-hoach.docx", zip("[Content_Types].xml", "word/document.xml"), "application/octet-stream").statusCode(201)
                .body("contentType", equalTo(FileKind.DOCX.contentType));
        upload(a, "danh-sach.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), "application/octet-stream").statusCode(201)
                .body("contentType", equalTo(FileKind.XLSX.contentType));
        // a name without an extension gets the one of its content
        upload(a, "anh", png(10, 10), "application/octet-stream").statusCode(201).body("fileName", equalTo("anh.png"));
    }

    @Test
    void mislabelledUnknownEmptyAndOversizedFilesAreRefused() throws Exception {
        String a = activity("Tệp Sai");
        assertProblem(upload(a, "bao-cao.pdf", png(10, 10), "application/pdf"), 415, "file");
        assertProblem(upload(a, "script.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png"), 415, "file");
        assertProblem(upload(a, "archive.docx", zip("secret.txt"), "application/octet-stream"), 415, "file");
        assertProblem(upload(a, "empty.png", new byte[0], "image/png"), 400, "file");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] head = png(10, 10);
        System.arraycopy(head, 0, big, 0, head.length);
        assertProblem(upload(a, "huge.png", big, "image/png"), 413, "file");
        assertProblem(given().multiPart("other", "x.png", png(5, 5), "image/png").post("/api/v1/activities/{id}/attachments", a).then(), 400, "file");
        given().get("/api/v1/activities/{a}/attachments", a).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void pathsInFileNamesAreDropped() throws Exception {
        String a = activity("Đường Dẫn");
        upload(a, "../../etc/passwd.png", png(4, 4), "image/png").statusCode(201).body("fileName", equalTo("passwd.png"));
        upload(a, "C:\\Users\\cb\\Ảnh\\hội nghị.png", png(4, 4), "image/png").statusCode(201).body("fileName", equalTo("hội nghị.png"));
    }

    @Test
    void deletingRemovesTheFileAndTheActivityTakesItsFilesAlong() throws Exception {
        String a = activity("Xóa Tệp");
        String first = upload(a, "a.png", png(4, 4), "image/png").statusCode(201).extract().path("id");
        String second = upload(a, "b.png", png(4, 4), "image/png").statusCode(201).extract().path("id");
        given().delete("/api/v1/activities/{a}/attachments/{id}", a, first).then().statusCode(204);
        assertProblem(given().get("/api/v1/activities/{a}/attachments/{id}", a, first).then(), 404);
        assertProblem(given().delete("/api/v1/activities/{a}/attachments/{id}", a, first).then(), 404);
        given().delete("/api/v1/activities/{id}", a).then().statusCode(204);
        assertProblem(given().get("/api/v1/activities/{a}/attachments/{id}", a, second).then(), 404);
        assertProblem(given().get("/api/v1/activities/{a}/attachments", a).then(), 404);
        assertProblem(upload("00000000-0000-0000-0000-000000000000", "x.png", png(4, 4), "image/png"), 404);
    }
}
