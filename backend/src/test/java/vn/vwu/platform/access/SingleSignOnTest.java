package vn.vwu.platform.access;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestUnits;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Single sign-on without a real identity provider: a small HTTP server in the test publishes the OpenID
 * configuration and the signing keys (as Keycloak does), and the test signs tokens with the private key.
 */
@QuarkusTest
@TestProfile(OidcTest.WithProvider.class)
class OidcTest {

    /**
     * The fake provider: one RSA key, discovery document and JWKS, on a free port. Quarkus loads test classes in
     * more than one class loader, so the provider is started once per JVM and found again through system properties.
     */
    static final class Provider {
        static final RsaJsonWebKey KEY;
        static final String ISSUER;

        static {
            synchronized (System.class) {
                if (System.getProperty("test-oidc-provider.issuer") == null) {
                    RsaJsonWebKey key = key("k1");
                    try {
                        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                        String issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/vwu";
                        serve(server, "/realms/vwu/.well-known/openid-configuration",
                                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\"}");
                        serve(server, "/realms/vwu/certs", new JsonWebKeySet(key).toJson());
                        server.start();
                        System.setProperty("test-oidc-provider.key", key.toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                        System.setProperty("test-oidc-provider.issuer", issuer);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                try {
                    KEY = (RsaJsonWebKey) org.jose4j.jwk.JsonWebKey.Factory.newJwk(System.getProperty("test-oidc-provider.key"));
                } catch (JoseException e) {
                    throw new IllegalStateException(e);
                }
                ISSUER = System.getProperty("test-oidc-provider.issuer");
            }
        }

        private static void serve(HttpServer server, String path, String json) {
            server.createContext(path, exchange -> {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
        }
    }

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own: the default test application may still be stopping on the usual directory.
            return Map.of("vwu.auth.oidc.enabled", "true", "vwu.auth.oidc.issuer", Provider.ISSUER, "vwu.auth.oidc.audience", "vwu-spa",
                    "vwu.embedded-db.data-dir", "target/embedded-pg-test-oidc");
        }
    }

    @Test
    void aProvidersTokenSignsInTheAccountWithTheSameUsernameAndNothingElseDoes() throws JoseException {
        String province = TestUnits.province("Tỉnh đăng nhập một lần", LocalDate.of(2011, 1, 1));
        String username = TestUnits.code("sso").toLowerCase();
        TestAuth.createUser(username, province, List.of("VIEWER"));

        given().header("Authorization", "Bearer " + token(Provider.KEY, Provider.ISSUER, username, "vwu-spa", 300)).get("/api/v1/session")
                .then().statusCode(200).body("username", equalTo(username)).body("via", equalTo("OIDC")).body("unit.id", equalTo(province));

        // Expired, another issuer, another audience, signed by a key the provider never published, an unknown person: refused.
        given().header("Authorization", "Bearer " + token(Provider.KEY, Provider.ISSUER, username, "vwu-spa", -120)).get("/api/v1/session")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + token(Provider.KEY, "http://evil.example/realms/vwu", username, "vwu-spa", 300))
                .get("/api/v1/session").then().statusCode(401);
        given().header("Authorization", "Bearer " + token(Provider.KEY, Provider.ISSUER, username, "another-app", 300)).get("/api/v1/session")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + token(key("k1"), Provider.ISSUER, username, "vwu-spa", 300)).get("/api/v1/session")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + token(Provider.KEY, Provider.ISSUER, "nobody.here", "vwu-spa", 300)).get("/api/v1/session")
                .then().statusCode(401);
    }

    private static String token(RsaJsonWebKey key, String issuer, String username, String audience, int secondsValid) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("sub-" + username);
        claims.setClaim("preferred_username", username);
        claims.setIssuedAtToNow();
        NumericDate exp = NumericDate.now();
        exp.addSeconds(secondsValid);
        claims.setExpirationTime(exp);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static RsaJsonWebKey key(String id) {
        try {
            RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
            k.setKeyId(id);
            return k;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
