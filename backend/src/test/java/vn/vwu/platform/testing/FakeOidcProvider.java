package vn.vwu.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider small enough to read, for tests without Docker or a real Keycloak: it publishes its
 * discovery document and signing key, answers the authorization endpoint at once for the subject the test names
 * (`&as=<sub>`, as if that person had typed their password there), and exchanges the code for signed tokens only
 * with the PKCE verifier that matches. Tests sign bearer tokens with {@link #token}. Quarkus loads test classes in
 * more than one class loader, so the server is started once per JVM and found again through system properties.
 */
public final class FakeOidcProvider {

    public static final String CLIENT_ID = "vwu-platform";
    public static final RsaJsonWebKey KEY;
    public static final String ISSUER;

    static {
        synchronized (System.class) {
            if (System.getProperty("fake-oidc.issuer") == null) {
                start();
            }
            try {
                KEY = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(System.getProperty("fake-oidc.key"));
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
            ISSUER = System.getProperty("fake-oidc.issuer");
        }
    }

    private FakeOidcProvider() {
    }

    private record Grant(String subject, String challenge, String redirectUri, String nonce) {
    }

    private static void start() {
        RsaJsonWebKey key = newKey("k1");
        Map<String, Grant> grants = new ConcurrentHashMap<>();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            String issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/vwu";
            server.createContext("/realms/vwu/.well-known/openid-configuration", x -> send(x, 200, """
                    {"issuer":"%1$s","jwks_uri":"%1$s/certs","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                     "response_types_supported":["code"],"subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"]}""".formatted(issuer)));
            server.createContext("/realms/vwu/certs", x -> send(x, 200, new JsonWebKeySet(key).toJson()));
            server.createContext("/realms/vwu/auth", x -> {
                Map<String, String> q = form(x.getRequestURI().getRawQuery());
                if (q.get("as") == null) { // a browser: the provider's own sign-in page, asking who is signing in
                    sendSignInPage(x, q);
                    return;
                }
                String code = UUID.randomUUID().toString();
                grants.put(code, new Grant(q.get("as"), q.get("code_challenge"), q.get("redirect_uri"), q.get("nonce")));
                String back = q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code + "&state="
                        + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Location", back);
                x.sendResponseHeaders(302, -1);
                x.close();
            });
            server.createContext("/realms/vwu/token", x -> {
                Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                Grant g = grants.remove(f.getOrDefault("code", ""));
                if (g == null || g.challenge() == null || !g.challenge().equals(s256(f.getOrDefault("code_verifier", "")))
                        || !g.redirectUri().equals(f.get("redirect_uri"))) {
                    send(x, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                String id = sign(key, claims(issuer, g.subject(), CLIENT_ID, 300, g.nonce()));
                String access = sign(key, claims(issuer, g.subject(), CLIENT_ID, 300, null));
                send(x, 200, "{\"access_token\":\"" + access + "\",\"id_token\":\"" + id + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            });
            server.start();
            System.setProperty("fake-oidc.key", key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            System.setProperty("fake-oidc.issuer", issuer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as the provider signs it for a person (`preferred_username` set) or a system (`azp` only). */
    public static String token(RsaJsonWebKey key, String issuer, String subject, String audience, int secondsValid, String preferredUsername) {
        JwtClaims c = claims(issuer, subject, audience, secondsValid, null);
        if (preferredUsername != null) {
            c.setClaim("preferred_username", preferredUsername);
        }
        c.setClaim("azp", CLIENT_ID);
        c.setStringListClaim("groups", "ADMIN"); // a provider's roles never count here
        return sign(key, c);
    }

    public static RsaJsonWebKey newKey(String id) {
        try {
            RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
            k.setKeyId(id);
            return k;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims claims(String issuer, String subject, String audience, int secondsValid, String nonce) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        if (audience != null) {
            c.setAudience(audience);
        }
        c.setSubject(subject);
        c.setIssuedAtToNow();
        NumericDate exp = NumericDate.now();
        exp.addSeconds(secondsValid);
        c.setExpirationTime(exp);
        if (nonce != null) {
            c.setClaim("nonce", nonce);
        }
        return c;
    }

    private static String sign(RsaJsonWebKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    private static void sendSignInPage(HttpExchange x, Map<String, String> query) throws IOException {
        StringBuilder hidden = new StringBuilder();
        query.forEach((k, v) -> hidden.append("<input type=hidden name=\"").append(k).append("\" value=\"")
                .append(v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append("\">"));
        byte[] body = ("<!doctype html><meta charset=utf-8><title>Fake provider</title><form method=get>" + hidden
                + "<label>Subject <input name=as></label><button>Sign in</button></form>").getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
