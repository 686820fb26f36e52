package vn.vwu.platform.access;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.vwu.platform.access.sessions.ProviderAccounts;
import vn.vwu.platform.common.problem.ProblemResponses;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.List;
import java.util.Set;

/**
 * Every API request proves who it comes from, by one of: the SPA's session cookie, a personal API token
 * (`Authorization: Bearer vwu_…`), or — when single sign-on is configured — a token of the identity provider
 * (`Authorization: Bearer <JWT>`). Quarkus Security reads them ({@link CredentialMechanism}, quarkus-oidc) and makes
 * the identity ({@link CredentialIdentityProvider}, {@link ProviderAccounts}); this filter asks for it on every operation but the {@link Public} ones, answers
 * a missing or refused credential with a problem document saying which, and applies the two rules of sessions:
 * cookie-authenticated writes must carry `X-Requested-With` (any value: a cross-site form cannot set it, so a forged
 * request from another site fails even in a browser that ignores SameSite), and a password set by someone else must
 * be replaced before anything else.
 */
public class AuthenticationFilter {

    public static final String SESSION_COOKIE = "vwu_session";
    public static final String CSRF_HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentIdentityAssociation identity;
    private final CurrentCaller caller;

    public AuthenticationFilter(CurrentIdentityAssociation identity, CurrentCaller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        Object requestId = request.getProperty("vwu.requestId");
        caller.origin(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                request.getHeaderString("User-Agent"), requestId == null ? null : requestId.toString());
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Public.class)) {
            return Uni.createFrom().nullItem(); // signing in: whatever credentials came along are not looked at
        }
        return identity.getDeferredIdentity().onItemOrFailure().transform((who, failure) -> {
            Principal principal = failure == null && who != null && !who.isAnonymous() ? who.getAttribute(CredentialIdentityProvider.PRINCIPAL) : null;
            if (principal == null) {
                String unlinked = failure == null && who != null ? who.getAttribute(ProviderAccounts.UNLINKED_SUBJECT) : null;
                return unlinked != null ? unlinkedSubject(path, unlinked) : unauthenticated(path, whyNot(request));
            }
            if (principal.via() == AuthMethod.SESSION) {
                if (!SAFE.contains(request.getMethod()) && request.getHeaderString(CSRF_HEADER) == null) {
                    return ProblemResponses.of(ProblemType.FORBIDDEN,
                            "Requests changing data with a session cookie must carry the header " + CSRF_HEADER, path, List.of());
                }
                if (principal.passwordChangeRequired() && !allowedBeforePasswordChange(request.getMethod(), path)) {
                    return ProblemResponses.of(ProblemType.PASSWORD_CHANGE_REQUIRED,
                            "Your password was set by someone else: choose your own (PUT /api/v1/session/password) before going on", path, List.of());
                }
            }
            caller.set(principal);
            return null;
        });
    }

    /** What the request presented decides what it is told. */
    private static String whyNot(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (authorization != null && !authorization.isBlank()) {
            return CredentialMechanism.bearer(authorization) != null ? "The token is invalid, expired or revoked"
                    : "Send credentials as Authorization: Bearer <token>";
        }
        return cookie == null || cookie.getValue().isBlank() ? "Sign in, or send a personal API token as Authorization: Bearer <token>"
                : "Your session has ended; sign in again";
    }

    /** Until a password set by someone else is replaced, a session can only see who it is, sign out or change it. */
    private static boolean allowedBeforePasswordChange(String method, String path) {
        return path.equals("/api/v1/session") && (method.equals("GET") || method.equals("DELETE"))
                || path.equals("/api/v1/session/password") && method.equals("PUT");
    }

    /** The provider vouches for this subject, but no active account here is linked to it: it is known, and has no rights. */
    private static Response unlinkedSubject(String path, String subject) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "No account here is linked to your single sign-on identity (subject "
                + (subject.length() > 64 ? subject.substring(0, 64) + "…" : subject) + "): an administrator links it to your account", path, List.of());
    }

    private static Response unauthenticated(String path, String detail) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHENTICATED, detail, path, List.of());
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"vwu\"").build();
    }
}
