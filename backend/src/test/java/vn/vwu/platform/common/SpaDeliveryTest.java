package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the browser keeps and how much it downloads: hashed assets cached for good, pages revalidated on every
 * visit (an upgrade is seen at once), and text compressed when the client accepts it.
 */
@QuarkusTest
class SpaDeliveryTest {

    // RestAssured would otherwise decompress silently and hide whether the server compressed.
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    private static final String ASSET = "/assets/caching-probe-3f9a1c.js";

    @Test
    void hashedAssetsAreKeptForAYearAndPagesAreRevalidated() {
        given().get(ASSET).then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        // The page and its deep links: with or without a frontend build (404 without one), never kept unchecked.
        for (String page : new String[] {"/", "/index.html", "/units", "/entry?unitId=x"}) {
            assertEquals("no-cache", given().get(page).header("Cache-Control"), page);
        }
        // A missing asset is not cached as if it were one.
        String missing = given().get("/assets/no-such-file-0000.js").then().statusCode(404).extract().header("Cache-Control");
        assertTrue(missing == null || !missing.contains("immutable"), missing);
    }

    @Test
    void textIsCompressedForClientsThatAcceptIt() {
        Response js = given().config(RAW).header("Accept-Encoding", "gzip").get(ASSET);
        assertEquals(200, js.statusCode());
        assertEquals("gzip", js.header("Content-Encoding"));
        assertTrue(js.asByteArray().length < 1000, "the 3 KB asset compressed to " + js.asByteArray().length + " bytes");
        Response json = given().config(RAW).header("Accept-Encoding", "gzip").get("/api/v1/units?size=200");
        assertEquals(200, json.statusCode());
        assertEquals("gzip", json.header("Content-Encoding"));
        // Without Accept-Encoding the answer comes as it is.
        Response plain = given().config(RAW).header("Accept-Encoding", "identity").get(ASSET);
        assertTrue(plain.header("Content-Encoding") == null || plain.header("Content-Encoding").equals("identity"));
        assertTrue(plain.asString().contains("Hội Liên hiệp Phụ nữ Việt Nam"));
    }
}
