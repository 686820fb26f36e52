package vn.vwu.platform.access.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Rights never grow beyond what their holder was given: tokens, accounts above one's own, one's own account, passwords. */
@QuarkusTest
class PrivilegeTest {

    private static final LocalDate FROM = LocalDate.of(2012, 1, 1);

    @Test
    void anAdministratorsTokenMadeForAUnitReachesOnlyThatUnit() {
        String mine = TestUnits.province("Tỉnh mã quản trị", FROM);
        String other = TestUnits.province("Tỉnh ngoài mã quản trị", FROM);
        String username = TestUnits.code("adm").toLowerCase();
        TestAuth.createPerson(username, TestUnits.centralId(), List.of("ADMIN"));
        String session = TestAuth.signIn(username, TestAuth.PASSWORD);
        String limited = withSession(session).contentType(ContentType.JSON).body(Map.of("name", "chỉ một tỉnh", "unitId", mine))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().path("secret");
        String whole = withSession(session).contentType(ContentType.JSON).body(Map.of("name", "cả hệ thống"))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().path("secret");
        as(limited).get("/api/v1/units/" + mine).then().statusCode(200);
        as(limited).get("/api/v1/units/" + other).then().statusCode(404);
        as(whole).get("/api/v1/units/" + other).then().statusCode(200);
    }

    @Test
    void aUnitAdministratorCannotChangeAnAdministratorInTheirSubtree() {
        String province = TestUnits.province("Tỉnh có quản trị viên", FROM);
        String admin = TestAuth.createUser(TestUnits.code("root").toLowerCase(), province, List.of("ADMIN"));
        String unitAdmin = TestAuth.tokenOf(province, "UNIT_ADMIN");
        as(unitAdmin).contentType("application/merge-patch+json").body(Map.of("roles", List.of("VIEWER"), "password", "Chiếm-quyền-quản-trị-9"))
                .patch("/api/v1/users/" + admin).then().statusCode(403);
        as(unitAdmin).contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/" + admin).then().statusCode(403);
        given().get("/api/v1/users/" + admin).then().statusCode(200).body("roles", equalTo(List.of("ADMIN"))).body("active", equalTo(true));
    }

    @Test
    void nobodyChangesTheirOwnRoles() {
        String province = TestUnits.province("Tỉnh tự cấp quyền", FROM);
        String username = TestUnits.code("self").toLowerCase();
        String id = TestAuth.createPerson(username, province, List.of("UNIT_ADMIN"));
        String session = TestAuth.signIn(username, TestAuth.PASSWORD);
        withSession(session).contentType("application/merge-patch+json").body(Map.of("roles", List.of("UNIT_ADMIN", "EDITOR", "APPROVER")))
                .patch("/api/v1/users/" + id).then().statusCode(403).body("errors[0].field", equalTo("roles"));
        // Their own name and phone are still theirs to change.
        withSession(session).contentType("application/merge-patch+json").body(Map.of("phone", "0912345678"))
                .patch("/api/v1/users/" + id).then().statusCode(200).body("roles", equalTo(List.of("UNIT_ADMIN")));
    }

    @Test
    void aPasswordResetEndsTheAccountsTokens() {
        String province = TestUnits.province("Tỉnh đặt lại mật khẩu", FROM);
        String username = TestUnits.code("reset").toLowerCase();
        String id = TestAuth.createPerson(username, province, List.of("VIEWER"));
        String token = TestAuth.token(TestAuth.signIn(username, TestAuth.PASSWORD));
        as(token).get("/api/v1/session").then().statusCode(200);
        given().contentType("application/merge-patch+json").body(Map.of("password", "Mật-khẩu-đặt-lại-7")).patch("/api/v1/users/" + id)
                .then().statusCode(200);
        as(token).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void wrongCurrentPasswordsAreCountedAsAtSignIn() {
        String province = TestUnits.province("Tỉnh đoán mật khẩu", FROM);
        String username = TestUnits.code("guess").toLowerCase();
        TestAuth.createPerson(username, province, List.of("VIEWER"));
        String session = TestAuth.signIn(username, TestAuth.PASSWORD);
        for (int i = 0; i < 5; i++) {
            withSession(session).contentType(ContentType.JSON).body(Map.of("currentPassword", "đoán-thử-" + i, "newPassword", "Mật-khẩu-mới-2027"))
                    .put("/api/v1/session/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        }
        // Even the right one waits now.
        withSession(session).contentType(ContentType.JSON).body(Map.of("currentPassword", TestAuth.PASSWORD, "newPassword", "Mật-khẩu-mới-2027"))
                .put("/api/v1/session/password").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void commonPasswordsAndKeyboardPatternsAreRefused() {
        String province = TestUnits.province("Tỉnh mật khẩu phổ biến", FROM);
        for (String weak : List.of("Password12", "qwerty1234", "matkhau123", "Hoiphunu123", "1234567890a", "abcdefghij1")) {
            given().contentType(ContentType.JSON).body(Map.of("username", TestUnits.code("w").toLowerCase(), "fullName", "Mật Khẩu Yếu",
                    "unitId", province, "roles", List.of("VIEWER"), "password", weak)).post("/api/v1/users").then().statusCode(400)
                    .body("errors[0].field", equalTo("password"));
        }
        given().contentType(ContentType.JSON).body(Map.of("username", TestUnits.code("s").toLowerCase(), "fullName", "Mật Khẩu Mạnh",
                "unitId", province, "roles", List.of("VIEWER"), "password", "Sen-hồng-bên-hồ-Tây-9")).post("/api/v1/users").then().statusCode(201);
    }

    private static RequestSpecification withSession(String cookie) {
        return given().header("Authorization", "").cookie("vwu_session", cookie).header("X-Requested-With", "test");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
