package vn.vwu.platform.access;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import vn.vwu.platform.access.tokens.ApiTokenService;

/**
 * Quarkus Security's entry for this API's own credentials: it reads what a request presents (`Authorization: Bearer
 * vwu_…` or the `vwu_session` cookie) and hands it to {@link CredentialIdentityProvider}. It is asked before
 * quarkus-oidc (a higher priority) and leaves any other bearer token to it: a single sign-on provider's token. Authentication is not proactive: {@link AuthenticationFilter} asks for the
 * identity only on operations that need one, so signing in with a stale cookie in the browser still works, and it
 * answers a failure with problem details saying what was wrong.
 */
@ApplicationScoped
class CredentialMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        CredentialRequest request = presented(context);
        if (request == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    private static CredentialRequest presented(RoutingContext context) {
        Cookie cookie = context.request().getCookie(AuthenticationFilter.SESSION_COOKIE);
        return presented(context.request().getHeader("Authorization"), cookie == null ? null : cookie.getValue());
    }

    /**
     * The credential of ours in these header values, or null: none, an `Authorization` that is not a bearer token, or
     * a bearer token that is not one of our API tokens.
     */
    private static CredentialRequest presented(String authorization, String sessionCookie) {
        if (authorization != null && !authorization.isBlank()) { // an empty header is no header
            String token = bearer(authorization);
            return token != null && token.startsWith(ApiTokenService.PREFIX) ? new CredentialRequest(CredentialRequest.Kind.API_TOKEN, token) : null;
        }
        return sessionCookie == null || sessionCookie.isBlank() ? null : new CredentialRequest(CredentialRequest.Kind.SESSION, sessionCookie);
    }

    /** The token of an `Authorization: Bearer …` header, or null for any other scheme. */
    static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : null;
    }

    /** Before quarkus-oidc's mechanism, which would try to verify our API tokens as the provider's. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"vwu\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CredentialRequest.class);
    }
}
