package vn.vwu.platform.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind the proxy every client has its own address: wrong passwords from one client make that name wait from that
 * client only. The test profile trusts 127.0.0.1 as the proxy (as the packaged default does); a peer it does not
 * trust cannot choose its address with X-Forwarded-For.
 */
@QuarkusTest
class ForwardedAddressTest {

    @Test
    void wrongPasswordsFromOneClientBehindTheProxyDoNotLockOutAnother() {
        String province = TestUnits.province("Tỉnh sau proxy", LocalDate.of(2013, 1, 1));
        String username = TestUnits.code("proxy").toLowerCase();
        String id = TestAuth.createPerson(username, province, List.of("VIEWER"));
        for (int i = 0; i < 5; i++) {
            signIn("203.0.113.7", username, "đoán sai " + i).then().statusCode(401);
        }
        signIn("203.0.113.7", username, TestAuth.PASSWORD).then().statusCode(429);
        // The person, from their own address behind the same proxy, signs in as usual.
        signIn("198.51.100.23", username, TestAuth.PASSWORD).then().statusCode(200);
        // A name that does not exist is answered exactly alike.
        String nobody = TestUnits.code("ghost").toLowerCase();
        for (int i = 0; i < 5; i++) {
            signIn("203.0.113.7", nobody, "đoán sai " + i).then().statusCode(401).body("detail", equalTo("Wrong username or password"));
        }
        signIn("203.0.113.7", nobody, "đoán sai").then().statusCode(429)
                .body("detail", equalTo(signIn("203.0.113.7", username, "x").path("detail")));
        // The audit trail records the client, not the proxy.
        given().queryParam("entity", "SESSION").queryParam("userId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'SIGN_IN' }.ip", equalTo("198.51.100.23"));
    }

    @Test
    void guessesSentAllAtOnceAreCountedOneAfterAnother() throws Exception {
        String nobody = TestUnits.code("burst").toLowerCase();
        List<java.util.concurrent.CompletableFuture<Integer>> burst = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(12); // all in flight together
        for (int i = 0; i < 12; i++) {
            String guess = "đoán cùng lúc " + i;
            burst.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> signIn("203.0.113.9", nobody, guess).statusCode(), clients));
        }
        clients.shutdown();
        int refused = 0;
        int waiting = 0;
        for (var answer : burst) {
            int status = answer.get();
            refused += status == 401 ? 1 : 0;
            waiting += status == 429 ? 1 : 0;
        }
        assertEquals(5, refused, "wrong passwords checked before the wait began");
        assertEquals(7, waiting);
    }

    @Test
    void aPeerThatIsNotATrustedProxyCannotChooseItsAddress() throws IOException {
        InetAddress untrusted = InetAddress.getByName("127.0.0.2");
        Assumptions.assumeTrue(canBind(untrusted), "127.0.0.2 is not a local address here (macOS and Windows have only 127.0.0.1)");
        String province = TestUnits.province("Tỉnh ngoài proxy", LocalDate.of(2013, 1, 1));
        String username = TestUnits.code("spoof").toLowerCase();
        TestAuth.createPerson(username, province, List.of("VIEWER"));
        // Each wrong password claims another address; from an untrusted peer the claims are ignored and all count as one.
        for (int i = 0; i < 5; i++) {
            assertEquals(401, rawSignIn(untrusted, "192.0.2." + (i + 1), username, "đoán sai " + i));
        }
        assertEquals(429, rawSignIn(untrusted, "192.0.2.99", username, TestAuth.PASSWORD));
        signIn("198.51.100.24", username, TestAuth.PASSWORD).then().statusCode(200);
    }

    private static Response signIn(String client, String username, String password) {
        return given().header("Authorization", "").header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/v1/session");
    }

    /** A sign-in sent from a chosen local address (RestAssured cannot choose its source address). */
    private static int rawSignIn(InetAddress from, String claimed, String username, String password) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        byte[] body = ("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-Forwarded-For: " + claimed
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(status.startsWith("HTTP/1.1 "), status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static boolean canBind(InetAddress address) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
