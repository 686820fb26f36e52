package vn.vwu.platform.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Accounts and credentials for tests, made through the public API. */
public final class TestAuth {

    /** The first administrator of the test profile (application.properties, %test only). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-root-passphrase-1";
    public static final String PASSWORD = "Mật-khẩu-thử-nghiệm-1";
    /** The password an administrator gives a new account; the person must replace it before doing anything else. */
    public static final String INITIAL_PASSWORD = "Mật-khẩu-ban-đầu-1";

    private static String adminToken;

    private TestAuth() {
    }

    /** A valid API token of the administrator (re-created when the application was restarted with a new database). */
    public static synchronized String adminToken() {
        if (adminToken == null || given().auth().none().header("Authorization", "Bearer " + adminToken)
                .get("/api/v1/session").statusCode() != 200) {
            adminToken = token(signIn(ADMIN, ADMIN_PASSWORD));
        }
        return adminToken;
    }

    private static String secondAdminToken;

    /** Another administrator's token: it approves what the first submitted (nobody approves their own submission). */
    public static synchronized String secondAdminToken() {
        if (secondAdminToken == null || given().auth().none().header("Authorization", "Bearer " + secondAdminToken)
                .get("/api/v1/session").statusCode() != 200) {
            secondAdminToken = tokenOf(TestUnits.centralId(), "ADMIN");
        }
        return secondAdminToken;
    }

    /** Signs in and returns the session cookie's value. */
    public static String signIn(String username, String password) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .header("Authorization", "").post("/api/v1/session");
        r.then().statusCode(200);
        return r.getCookie("vwu_session");
    }

    /** A new API token made with a session (all the account's roles, its unit). */
    public static String token(String sessionCookie) {
        return given().cookie("vwu_session", sessionCookie).header("X-Requested-With", "test").contentType(ContentType.JSON)
                .body(Map.of("name", "test token")).header("Authorization", "")
                .post("/api/v1/api-tokens").then().statusCode(201).extract().path("secret");
    }

    /** Creates an account (as the administrator, password {@link #INITIAL_PASSWORD}) and returns its id. */
    public static String createUser(String username, String unitId, List<String> roles) {
        return given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Người dùng thử " + username, "unitId", unitId, "roles", roles,
                        "password", INITIAL_PASSWORD))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    /** An account whose person has signed in once and chosen their own password, {@link #PASSWORD}; returns its id. */
    public static String createPerson(String username, String unitId, List<String> roles) {
        String id = createUser(username, unitId, roles);
        given().cookie("vwu_session", signIn(username, INITIAL_PASSWORD)).header("X-Requested-With", "test").header("Authorization", "")
                .contentType(ContentType.JSON).body(Map.of("currentPassword", INITIAL_PASSWORD, "newPassword", PASSWORD))
                .put("/api/v1/session/password").then().statusCode(204);
        return id;
    }

    /** An account with the roles at the unit, and an API token of it. */
    public static String tokenOf(String unitId, String... roles) {
        String username = TestUnits.code("u").toLowerCase();
        createPerson(username, unitId, List.of(roles));
        return token(signIn(username, PASSWORD));
    }
}
