package vn.vwu.platform.access.sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.FakeOidcProvider;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vwu.platform.testing.FakeOidcProvider.CLIENT_ID;
import static vn.vwu.platform.testing.FakeOidcProvider.ISSUER;
import static vn.vwu.platform.testing.FakeOidcProvider.KEY;
import static vn.vwu.platform.testing.FakeOidcProvider.token;

/**
 * Single sign-on through quarkus-oidc against {@link FakeOidcProvider}: the provider's bearer tokens for people and
 * systems, and the SPA's sign-in at the provider. Accounts are found by the provider's subject, never by a name.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithProvider.class)
class SingleSignOnTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own: the default test application may still be stopping on the usual directory.
            return Map.of("vwu.auth.oidc.enabled", "true", "vwu.auth.oidc.issuer", ISSUER, "vwu.auth.oidc.client-id", CLIENT_ID,
                    "vwu.auth.oidc.audience", CLIENT_ID, "vwu.auth.oidc.display-name", "VWU ID",
                    "vwu.embedded-db.data-dir", "target/embedded-pg-test-oidc");
        }
    }

    @Test
    void aBearerTokenActsAsTheAccountLinkedToItsSubjectWithTheRightsManagedHere() {
        String province = TestUnits.province("Tỉnh đăng nhập một lần", LocalDate.of(2011, 1, 1));
        String username = linkedViewer(province, "sso");
        String subject = "sub-" + username;

        // The token also claims ADMIN in `groups`: the provider's roles never count, the account's do.
        given().header("Authorization", "Bearer " + token(KEY, ISSUER, subject, CLIENT_ID, 300, username)).get("/api/v1/session")
                .then().statusCode(200).body("username", equalTo(username)).body("via", equalTo("OIDC"))
                .body("unit.id", equalTo(province)).body("roles", equalTo(List.of("VIEWER")));
    }

    @Test
    void aTokenIsNeverMatchedByUsernameOnly() {
        String province = TestUnits.province("Tỉnh tên trùng", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("name").toLowerCase();
        TestAuth.createUser(username, province, List.of("UNIT_ADMIN"));

        // The provider lets people choose their preferred_username: someone at the provider calling themselves by an
        // account's name gets nothing here, and is told their subject to give an administrator.
        given().header("Authorization", "Bearer " + token(KEY, ISSUER, "someone-else", CLIENT_ID, 300, username)).get("/api/v1/session")
                .then().statusCode(403).body("detail", containsString("someone-else"));
    }

    @Test
    void tokensThatFailAnyCheckAreRefused() {
        String username = linkedViewer(TestUnits.province("Tỉnh mã sai", LocalDate.of(2011, 1, 1)), "bad");
        String subject = "sub-" + username;

        // Expired, another issuer, another audience, no audience, signed by a key the provider never published.
        for (String bad : List.of(token(KEY, ISSUER, subject, CLIENT_ID, -120, username),
                token(KEY, "http://evil.example/realms/vwu", subject, CLIENT_ID, 300, username),
                token(KEY, ISSUER, subject, "another-app", 300, username),
                token(KEY, ISSUER, subject, null, 300, username),
                token(FakeOidcProvider.newKey("k1"), ISSUER, subject, CLIENT_ID, 300, username))) {
            given().header("Authorization", "Bearer " + bad).get("/api/v1/session").then().statusCode(401);
        }
    }

    @Test
    void aSystemsServiceAccountWorksWithinItsUnitAndRoles() {
        String province = TestUnits.province("Tỉnh có hệ thống thống kê", LocalDate.of(2011, 1, 1));
        String other = TestUnits.province("Tỉnh khác", LocalDate.of(2011, 1, 1));
        String system = TestUnits.code("thongke").toLowerCase();
        String subject = "service-account-" + system;
        Map<String, Object> account = new HashMap<>(Map.of("username", system, "fullName", "Hệ thống thống kê tỉnh", "unitId", province,
                "roles", List.of("UNIT_ADMIN"), "ssoSubject", subject));
        given().header("Authorization", "Bearer " + TestAuth.adminToken()).contentType(ContentType.JSON).body(account)
                .post("/api/v1/users").then().statusCode(201).body("hasPassword", equalTo(false)).body("ssoSubject", equalTo(subject));

        // A client credentials token: the system's subject, no person's name.
        String bearer = "Bearer " + token(KEY, ISSUER, subject, CLIENT_ID, 300, null);
        given().header("Authorization", bearer).get("/api/v1/session").then().statusCode(200)
                .body("username", equalTo(system)).body("unit.id", equalTo(province));
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("username", TestUnits.code("nv").toLowerCase(), "fullName", "Cán bộ tỉnh", "unitId", province, "roles", List.of("VIEWER")))
                .post("/api/v1/users").then().statusCode(201);
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("username", TestUnits.code("nv").toLowerCase(), "fullName", "Cán bộ tỉnh khác", "unitId", other, "roles", List.of("VIEWER")))
                .post("/api/v1/users").then().statusCode(404); // outside its scope, a unit is as good as absent
    }

    @Test
    void ourOwnCredentialsStillWorkBesideTheProviders() {
        String province = TestUnits.province("Tỉnh mã riêng", LocalDate.of(2011, 1, 1));
        String token = TestAuth.tokenOf(province, "VIEWER");
        given().header("Authorization", "Bearer " + token).get("/api/v1/session").then().statusCode(200).body("via", equalTo("TOKEN"));
        given().header("Authorization", "Bearer vwu_not-a-real-token").get("/api/v1/session").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestAuth.adminToken()).get("/api/v1/session").then().statusCode(200);
    }

    @Test
    void aSubjectIsLinkedToOneAccountAndRelinkingEndsTheOldLink() {
        String province = TestUnits.province("Tỉnh gắn lại", LocalDate.of(2011, 1, 1));
        String first = TestAuth.createUser(TestUnits.code("a").toLowerCase(), province, List.of("VIEWER"));
        String second = TestAuth.createUser(TestUnits.code("b").toLowerCase(), province, List.of("VIEWER"));
        link(first, "sub-shared");
        given().header("Authorization", "Bearer " + TestAuth.adminToken()).contentType("application/merge-patch+json")
                .body(Map.of("ssoSubject", "sub-shared")).patch("/api/v1/users/" + second)
                .then().statusCode(409).body("errors[0].field", equalTo("ssoSubject"));

        link(first, "sub-renewed");
        given().header("Authorization", "Bearer " + token(KEY, ISSUER, "sub-shared", CLIENT_ID, 300, null)).get("/api/v1/session")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + token(KEY, ISSUER, "sub-renewed", CLIENT_ID, 300, null)).get("/api/v1/session")
                .then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void theSignInPageIsToldAboutTheProvider() {
        given().header("Authorization", "").get("/api/v1/session/sso/settings").then().statusCode(200)
                .body("enabled", equalTo(true)).body("displayName", equalTo("VWU ID")).body("signInPath", equalTo("/api/v1/session/sso"));
    }

    @Test
    void signingInAtTheProviderOpensASessionOfOurs() {
        String province = TestUnits.province("Tỉnh đăng nhập qua nhà cung cấp", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("web").toLowerCase();
        link(TestAuth.createUser(username, province, List.of("EDITOR")), "sub-" + username);

        Response back = signInAtProvider("sub-" + username);
        back.then().statusCode(303).header("Location", equalTo(baseUrl() + "/"));
        String session = back.getCookie("vwu_session");
        assertNotNull(session, "a session cookie of ours");
        given().header("Authorization", "").cookie("vwu_session", session).get("/api/v1/session").then().statusCode(200)
                .body("username", equalTo(username)).body("via", equalTo("SESSION")).body("roles", equalTo(List.of("EDITOR")));
        given().header("Authorization", "").cookie("vwu_session", session).header("X-Requested-With", "test").delete("/api/v1/session").then().statusCode(204);
        given().header("Authorization", "").cookie("vwu_session", session).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void someoneWithoutALinkedAccountGoesBackToTheSignInPageWithTheirSubject() {
        Response back = signInAtProvider("nobody-linked");
        back.then().statusCode(303).header("Location", startsWith(baseUrl() + "/?sso=unlinked&subject=nobody-linked"));
        assertNull(back.getCookie("vwu_session"));
    }

    /** The browser's round trip: to the provider (state and a PKCE challenge), signed in there, back with the code. */
    private static Response signInAtProvider(String subject) {
        Response toProvider = given().header("Authorization", "").redirects().follow(false).get("/api/v1/session/sso");
        toProvider.then().statusCode(302);
        String authorize = toProvider.getHeader("Location");
        assertTrue(authorize.startsWith(ISSUER + "/auth?"), authorize);
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
        Response fromProvider = given().header("Authorization", "").redirects().follow(false).urlEncodingEnabled(false).get(authorize + "&as=" + subject);
        fromProvider.then().statusCode(302);
        return given().header("Authorization", "").redirects().follow(false).urlEncodingEnabled(false).cookies(toProvider.getCookies())
                .get(fromProvider.getHeader("Location"));
    }

    private static String baseUrl() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
    }

    /** A VIEWER account at the unit, linked to the subject "sub-" + its username; returns the username. */
    private static String linkedViewer(String unitId, String prefix) {
        String username = TestUnits.code(prefix).toLowerCase();
        link(TestAuth.createUser(username, unitId, List.of("VIEWER")), "sub-" + username);
        return username;
    }

    private static void link(String userId, String subject) {
        given().header("Authorization", "Bearer " + TestAuth.adminToken()).contentType("application/merge-patch+json")
                .body(Map.of("ssoSubject", subject)).patch("/api/v1/users/" + userId).then().statusCode(200);
        assertEquals(subject, given().header("Authorization", "Bearer " + TestAuth.adminToken()).get("/api/v1/users/" + userId)
                .then().statusCode(200).extract().path("ssoSubject"));
    }
}
