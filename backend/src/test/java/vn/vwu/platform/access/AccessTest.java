package vn.vwu.platform.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in, sessions, tokens, history-following scope, and the audit trail of those. */
@QuarkusTest
class AccessTest {

    @Test
    void aUnitAboveOnesOwnIsNamedNotIdentifiedWhenItsFiguresAreRefused() {
        String province = TestUnits.province("Hội LHPN tỉnh Cấp Trên", LocalDate.of(2012, 1, 1));
        String commune = TestUnits.create(province, "COMMUNE", "Xã Cấp Dưới", LocalDate.of(2012, 1, 1));
        String token = TestAuth.tokenOf(commune, "EDITOR");
        String detail = given().header("Authorization", "Bearer " + token).queryParam("unitId", province).queryParam("period", "2025")
                .get("/api/v1/analytics/achievement").then().statusCode(403).extract().path("detail");
        assertTrue(detail.contains("Hội LHPN tỉnh Cấp Trên"), detail);
        assertFalse(detail.contains(province), "no id in what a person reads: " + detail);
        String vietnamese = given().header("Authorization", "Bearer " + token).header("Accept-Language", "vi").queryParam("unitId", province)
                .queryParam("period", "2025").get("/api/v1/analytics/achievement").then().statusCode(403).extract().path("detail");
        assertEquals("Đơn vị Hội LHPN tỉnh Cấp Trên ở cấp trên đơn vị của bạn: bạn xem được tên, không xem được số liệu", vietnamese);
    }

    @Test
    void withoutCredentialsEveryApiOperationIs401AsProblemDetails() {
        given().header("Authorization", "").get("/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://vwu.vn/problems/unauthenticated"));
        given().header("Authorization", "Bearer vwu_not-a-token").get("/api/v1/units").then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46eA==").get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void withoutSingleSignOnSetUpAProvidersTokenIsRefusedAndThereIsNothingToSignInAt() {
        String jwt = vn.vwu.platform.testing.FakeOidcProvider.token(vn.vwu.platform.testing.FakeOidcProvider.KEY,
                vn.vwu.platform.testing.FakeOidcProvider.ISSUER, "sub-admin", vn.vwu.platform.testing.FakeOidcProvider.CLIENT_ID, 300, TestAuth.ADMIN);
        given().header("Authorization", "Bearer " + jwt).get("/api/v1/session").then().statusCode(401)
                .body("detail", equalTo("The token is invalid, expired or revoked"));
        given().header("Authorization", "").get("/api/v1/session/sso/settings").then().statusCode(200).body("enabled", equalTo(false));
        given().header("Authorization", "").redirects().follow(false).get("/api/v1/session/sso").then().statusCode(404);
    }

    @Test
    void repeatedWrongPasswordsMakeTheNameWaitAndEveryAttemptIsAudited() {
        String province = TestUnits.province("Tỉnh khóa tài khoản", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("lock").toLowerCase();
        String id = TestAuth.createUser(username, province, List.of("VIEWER"));
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "").contentType(ContentType.JSON).body(Map.of("username", username, "password", "sai mật khẩu " + i))
                    .post("/api/v1/session").then().statusCode(401).body("detail", equalTo("Wrong username or password"));
        }
        // From this address the name now waits: even the right password is refused, with when to retry.
        given().header("Authorization", "").contentType(ContentType.JSON).body(Map.of("username", username, "password", TestAuth.INITIAL_PASSWORD))
                .post("/api/v1/session").then().statusCode(429).header("Retry-After", notNullValue());
        given().queryParam("entity", "SESSION").queryParam("userId", id).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(6)).body("items.action", hasItem("SIGN_IN_FAILED")).body("items[0].detail", equalTo("waiting after wrong passwords"));
    }

    @Test
    void aSessionCookieIsHttpOnlyNeedsTheCsrfHeaderToWriteAndDiesAtSignOut() {
        String province = TestUnits.province("Tỉnh phiên đăng nhập", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("ses").toLowerCase();
        TestAuth.createPerson(username, province, List.of("EDITOR"));
        var signIn = given().header("Authorization", "").contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAuth.PASSWORD)).post("/api/v1/session");
        signIn.then().statusCode(200).body("roles", equalTo(List.of("EDITOR"))).body("unit.id", equalTo(province))
                .header("Set-Cookie", containsString("HttpOnly")).header("Set-Cookie", containsString("SameSite=Strict"));
        String cookie = signIn.getCookie("vwu_session");
        Map<String, Object> activity = vn.vwu.platform.testing.TestActivities.body(province, "2016-05-05", "MEETING");
        given().header("Authorization", "").cookie("vwu_session", cookie).contentType(ContentType.JSON).body(activity)
                .post("/api/v1/activities").then().statusCode(403).body("detail", containsString("X-Requested-With"));
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").contentType(ContentType.JSON).body(activity)
                .post("/api/v1/activities").then().statusCode(201).body("createdBy", equalTo(username));
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").delete("/api/v1/session")
                .then().statusCode(204);
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void anApiTokenCarriesASubsetOfItsOwnersRightsUntilRevoked() {
        String province = TestUnits.province("Tỉnh token", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("tok").toLowerCase();
        TestAuth.createPerson(username, province, List.of("EDITOR", "VIEWER"));
        String cookie = TestAuth.signIn(username, TestAuth.PASSWORD);
        var created = given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").contentType(ContentType.JSON)
                .body(Map.of("name", "Hệ thống tỉnh", "roles", List.of("VIEWER"), "expiresInDays", 30)).post("/api/v1/api-tokens");
        created.then().statusCode(201).body("token.roles", equalTo(List.of("VIEWER"))).body("token.prefix", equalTo(created.path("secret").toString().substring(0, 8)));
        String secret = created.path("secret");
        String indicator = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("PROVINCE"), Map.of());
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON)
                .body(Map.of("values", List.of(TestIndicators.value(indicator, province, "2031", 1)))).put("/api/v1/values").then().statusCode(403);
        given().header("Authorization", "Bearer " + secret).get("/api/v1/values?unitId=" + province).then().statusCode(200);
        // Rights the owner lacks cannot be put in a token; a token cannot make tokens.
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").contentType(ContentType.JSON)
                .body(Map.of("name", "x", "roles", List.of("ADMIN"))).post("/api/v1/api-tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).body(Map.of("name", "y")).post("/api/v1/api-tokens")
                .then().statusCode(403);
        String id = created.path("token.id");
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").delete("/api/v1/api-tokens/" + id)
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + secret).get("/api/v1/session").then().statusCode(401);
        // Stored hashed: the secret is nowhere in the audit trail either.
        String audit = given().queryParam("entity", "API_TOKEN").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'UPDATE' }.after.revoked_at", notNullValue())
                .body("items.find { it.action == 'UPDATE' }.before.revoked_at", equalTo(null)).extract().asString();
        assertEquals(-1, audit.indexOf(secret));
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessionsWhateverItIsChangedWith() {
        String province = TestUnits.province("Tỉnh đổi mật khẩu", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("pw").toLowerCase();
        TestAuth.createPerson(username, province, List.of("VIEWER"));
        String browser = TestAuth.signIn(username, TestAuth.PASSWORD);
        String token = TestAuth.token(TestAuth.signIn(username, TestAuth.PASSWORD));
        String older = TestAuth.token(TestAuth.signIn(username, TestAuth.PASSWORD));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAuth.PASSWORD, "newPassword", "Mật-khẩu-mới-2026")).put("/api/v1/session/password")
                .then().statusCode(204);
        given().header("Authorization", "").cookie("vwu_session", browser).get("/api/v1/session").then().statusCode(401);
        // Other tokens end too (whoever knew the old password may have made them); the one that made the change goes on.
        given().header("Authorization", "Bearer " + older).get("/api/v1/session").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/v1/session").then().statusCode(200);
    }

    @Test
    void aPasswordSetBySomeoneElseMustBeReplacedBeforeAnythingElse() {
        String province = TestUnits.province("Tỉnh mật khẩu ban đầu", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("first").toLowerCase();
        String id = TestAuth.createUser(username, province, List.of("EDITOR", "VIEWER"));
        var signIn = given().header("Authorization", "").contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAuth.INITIAL_PASSWORD)).post("/api/v1/session");
        signIn.then().statusCode(200).body("mustChangePassword", equalTo(true));
        String cookie = signIn.getCookie("vwu_session");
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/session").then().statusCode(200)
                .body("username", equalTo(username));
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/units/" + province).then().statusCode(403)
                .body("type", equalTo("https://vwu.vn/problems/password-change-required"));
        // Not even a token to get around it.
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").contentType(ContentType.JSON)
                .body(Map.of("name", "lối tắt")).post("/api/v1/api-tokens").then().statusCode(403)
                .body("type", equalTo("https://vwu.vn/problems/password-change-required"));
        given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "t").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAuth.INITIAL_PASSWORD, "newPassword", TestAuth.PASSWORD)).put("/api/v1/session/password")
                .then().statusCode(204);
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/units/" + province).then().statusCode(200);
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/session").then().statusCode(200)
                .body("mustChangePassword", equalTo(false));
        // An administrator's reset puts the account back under the rule (and ends its sessions).
        String version = given().get("/api/v1/users/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", version).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("password", TestAuth.INITIAL_PASSWORD + "-2"))
                .patch("/api/v1/users/" + id).then().statusCode(200).body("mustChangePassword", equalTo(true));
        given().header("Authorization", "").cookie("vwu_session", cookie).get("/api/v1/session").then().statusCode(401);
        String again = TestAuth.signIn(username, TestAuth.INITIAL_PASSWORD + "-2");
        given().header("Authorization", "").cookie("vwu_session", again).get("/api/v1/values?unitId=" + province).then().statusCode(403)
                .body("type", equalTo("https://vwu.vn/problems/password-change-required"));
    }

    @Test
    void scopeFollowsHistoryThroughAMergerButNotIntoOtherProvinces() {
        LocalDate from = LocalDate.of(2011, 1, 1);
        String absorbed = TestUnits.province("Tỉnh được sáp nhập", from);
        String oldCommune = TestUnits.create(absorbed, "COMMUNE", "Xã cũ", from);
        String absorbing = TestUnits.province("Tỉnh tiếp nhận", from);
        String elsewhere = TestUnits.province("Tỉnh khác", from);
        given().contentType(ContentType.JSON).body(Map.of("type", "MERGE", "effectiveDate", "2015-01-01", "legalBasis", "Nghị quyết thử",
                        "predecessors", List.of(Map.of("unitId", absorbed)),
                        "successors", List.of(Map.of("unitId", absorbing)),
                        "moves", List.of(Map.of("unitId", oldCommune, "newParentId", absorbing))))
                .post("/api/v1/reorganizations").then().statusCode(201);
        String heir = TestAuth.tokenOf(absorbing, "VIEWER");
        String stranger = TestAuth.tokenOf(elsewhere, "VIEWER");
        given().header("Authorization", "Bearer " + heir).get("/api/v1/units/" + absorbed).then().statusCode(200);
        given().header("Authorization", "Bearer " + heir).get("/api/v1/values?unitId=" + absorbed).then().statusCode(200);
        given().header("Authorization", "Bearer " + stranger).get("/api/v1/units/" + absorbed).then().statusCode(404)
                .body("detail", equalTo("Unit " + absorbed + " does not exist"));
    }

    @Test
    void passwordsFollowThePolicyAndOnlyAnAdminGrantsAdmin() {
        String province = TestUnits.province("Tỉnh mật khẩu", LocalDate.of(2011, 1, 1));
        given().contentType(ContentType.JSON).body(Map.of("username", "ngan.qua", "fullName", "Ngắn Quá", "unitId", province,
                "roles", List.of("VIEWER"), "password", "abc123")).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        String unitAdmin = TestAuth.tokenOf(province, "UNIT_ADMIN");
        given().header("Authorization", "Bearer " + unitAdmin).contentType(ContentType.JSON).body(Map.of("username", TestUnits.code("x").toLowerCase(),
                "fullName", "Tham Vọng", "unitId", province, "roles", List.of("ADMIN"))).post("/api/v1/users").then().statusCode(403);
    }
}
