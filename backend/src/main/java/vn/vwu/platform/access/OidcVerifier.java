package vn.vwu.platform.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import vn.vwu.platform.common.VwuConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Single sign-on: verifies a provider's signed JWT (issuer, expiry, audience, signature against the keys the
 * provider publishes) and maps it to the account here with the same username. The provider says who the
 * person is; what they may do (roles, unit) stays managed here, so an SSO user still needs an account — one
 * without a password signs in only through the provider.
 */
@ApplicationScoped
public class OidcVerifier {

    private static final Logger LOG = Logger.getLogger(OidcVerifier.class);
    private final VwuConfig.Oidc config;
    private volatile JwtConsumer consumer;

    public OidcVerifier(VwuConfig config) {
        this.config = config.auth().oidc();
    }

    public Optional<Principal> verify(String token) {
        if (!config.enabled() || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            LOG.debugf("Rejected an SSO token: %s", e.getMessage());
            return Optional.empty();
        } catch (IllegalStateException e) {
            // The provider is unreachable or misconfigured: refuse (401) and try again on the next request.
            LOG.warn("Single sign-on is not usable right now: " + e.getMessage());
            return Optional.empty();
        }
        Object username = claims.getClaimValue(config.usernameClaim());
        if (!(username instanceof String name) || name.isBlank()) {
            return Optional.empty();
        }
        return UserEntity.byUsername(name).filter(u -> u.active)
                .map(u -> Principal.ofAccount(u.id, u.username, u.unitId, u.roleSet(), AuthMethod.OIDC, null, false));
    }

    private JwtConsumer consumer() {
        JwtConsumer c = consumer;
        if (c == null) {
            synchronized (this) {
                if (consumer == null) {
                    consumer = build();
                }
                c = consumer;
            }
        }
        return c;
    }

    private JwtConsumer build() {
        String issuer = config.issuer().orElseThrow(() -> new IllegalStateException("vwu.auth.oidc.issuer is required when SSO is enabled"));
        HttpsJwks keys = new HttpsJwks(discoverJwksUri(issuer));
        JwtConsumerBuilder b = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .setRequireSubject()
                .setExpectedIssuer(issuer)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys));
        config.audience().ifPresentOrElse(b::setExpectedAudience, b::setSkipDefaultAudienceValidation);
        return b.build();
    }

    private static String discoverJwksUri(String issuer) {
        String url = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode doc = new ObjectMapper().readTree(r.body());
            if (r.statusCode() != 200 || !doc.hasNonNull("jwks_uri")) {
                throw new IllegalStateException("No jwks_uri in " + url + " (HTTP " + r.statusCode() + ")");
            }
            return doc.get("jwks_uri").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the SSO provider's configuration at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
