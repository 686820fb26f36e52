package vn.vwu.platform.activities.attachments;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestUnits;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Previews cost little whatever the photo, every upload gets one, and phone photos come out upright. */
@QuarkusTest
class ThumbnailTest {

    @Test
    void aHugeSixteenBitPngGetsItsPreviewAndSoDoSixAtOnce() throws Exception {
        byte[] huge = sixteenBitPng(7000, 7000);
        assertTrue(huge.length < 2_000_000, "the test image is " + huge.length + " bytes");
        String activity = activity("Ảnh Rất Lớn");
        List<CompletableFuture<String>> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            uploads.add(CompletableFuture.supplyAsync(() -> given().multiPart("file", "lon-" + n + ".png", huge, "image/png")
                    .post("/api/v1/activities/{id}/attachments", activity).then().statusCode(201).extract().path("id")));
        }
        for (CompletableFuture<String> upload : uploads) {
            BufferedImage preview = preview(activity, upload.get());
            assertEquals(320, preview.getWidth());
            assertEquals(320, preview.getHeight());
        }
    }

    @Test
    void aPhonePhoto_rotatedInItsExif_isPreviewedUpright() throws Exception {
        String activity = activity("Ảnh Điện Thoại");
        // Stored 400 wide and 200 high, with "turn 90° clockwise to view" (orientation 6), as phones write portraits.
        byte[] jpeg = withExifOrientation(jpeg(400, 200), 6);
        String id = given().multiPart("file", "chan-dung.jpg", jpeg, "image/jpeg").post("/api/v1/activities/{id}/attachments", activity)
                .then().statusCode(201).extract().path("id");
        BufferedImage preview = preview(activity, id);
        assertEquals(160, preview.getWidth());
        assertEquals(320, preview.getHeight());
    }

    private static String activity(String name) {
        String province = TestUnits.province("Hội LHPN tỉnh " + name, LocalDate.of(2014, 1, 1));
        return TestActivities.create(province, "2014-03-08", "VISIT_GIFTS", Map.of());
    }

    private static BufferedImage preview(String activity, String id) throws IOException {
        byte[] thumb = given().get("/api/v1/activities/{a}/attachments/{id}/thumbnail", activity, id).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        return ImageIO.read(new ByteArrayInputStream(thumb));
    }

    private static byte[] sixteenBitPng(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w / 2, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * A camera's JPEG: an APP1 EXIF segment holding the Orientation tag right after SOI, in place of the JFIF APP0 segment
     * that Java's writer puts there (a file with both is not what phones write).
     */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF header, first IFD at offset 8
                1, 0,                                    // one entry
                0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, // Orientation, SHORT, count 1, value
                0, 0, 0, 0};                             // no next IFD
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        int app0 = (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0 ? 2 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF) : 0;
        out.write(jpeg, 2 + app0, jpeg.length - 2 - app0);
        return out.toByteArray();
    }
}
