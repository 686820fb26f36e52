package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers on what the backend serves, and CORS closed: another origin's page cannot use the API. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void theApiAnswersWithRestrictiveHeaders() {
        given().get("/api/v1/activity-types").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        // errors too
        given().header("Authorization", "").get("/api/v1/activity-types").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void theSpaIsServedWithAContentSecurityPolicy() {
        // The SPA's deep links (the page itself needs a frontend build; without one the route answers 404, with the headers).
        String policy = given().get("/units").then().header("X-Frame-Options", "DENY").extract().header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
                && !policy.contains("unsafe-eval"), policy);
        // Swagger UI boots with an inline script: no CSP, but not frameable either.
        given().get("/q/swagger-ui/").then().statusCode(200).header("X-Frame-Options", "DENY").header("Content-Security-Policy", nullValue());
    }

    @Test
    void corsIsClosed() {
        // A simple cross-origin request gets no Access-Control-Allow-Origin: the browser withholds the answer.
        given().header("Origin", "https://evil.example").get("/api/v1/session").then()
                .header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Credentials", nullValue());
        // A preflight for a write is not granted.
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,x-requested-with")
                .options("/api/v1/values").then()
                .header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String cookie = given().contentType("application/json").header("Authorization", "")
                .body(Map.of("username", TestAuth.ADMIN, "password", TestAuth.ADMIN_PASSWORD))
                .post("/api/v1/session").then().statusCode(200).extract().header("Set-Cookie");
        assertThat(cookie, containsString("HttpOnly"));
        assertThat(cookie.toLowerCase(), containsString("samesite=strict"));
        assertThat(cookie, not(containsString("Domain=")));
    }
}
