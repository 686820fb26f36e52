package vn.vwu.platform.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.vwu.platform.common.problem.ProblemResponses;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every API request proves who it comes from, by one of: the SPA's session cookie, a personal API token
 * (`Authorization: Bearer vwu_…`), or — when single sign-on is configured — a token of the identity provider
 * (`Authorization: Bearer <JWT>`). Only {@link Public} operations answer without. Cookie-authenticated
 * writes must carry `X-Requested-With` (any value): a cross-site form cannot set it, so a forged request from
 * another site fails even in a browser that ignores SameSite.
 */
public class AuthenticationFilter {

    public static final String SESSION_COOKIE = "vwu_session";
    public static final String CSRF_HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final LoginService logins;
    private final ApiTokenService tokens;
    private final OidcVerifier oidc;
    private final CurrentCaller caller;

    public AuthenticationFilter(LoginService logins, ApiTokenService tokens, OidcVerifier oidc, CurrentCaller caller) {
        this.logins = logins;
        this.tokens = tokens;
        this.oidc = oidc;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        Object requestId = request.getProperty("vwu.requestId");
        caller.origin(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                request.getHeaderString("User-Agent"), requestId == null ? null : requestId.toString());
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Public.class)) {
            return Optional.empty(); // signing in: whatever credentials came along are not looked at
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && !authorization.isBlank()) { // an empty header is no header
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return unauthenticated(path, "Send credentials as Authorization: Bearer <token>");
            }
            String token = authorization.substring(7).trim();
            Optional<Principal> principal = token.startsWith(ApiTokenService.PREFIX) ? tokens.resolve(token) : oidc.verify(token);
            if (principal.isEmpty()) {
                return unauthenticated(path, "The token is invalid, expired or revoked");
            }
            caller.set(principal.get());
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return unauthenticated(path, "Sign in, or send a personal API token as Authorization: Bearer <token>");
        }
        Optional<Principal> principal = logins.resolve(cookie.getValue());
        if (principal.isEmpty()) {
            return unauthenticated(path, "Your session has ended; sign in again");
        }
        if (!SAFE.contains(request.getMethod()) && request.getHeaderString(CSRF_HEADER) == null) {
            return Optional.of(ProblemResponses.of(ProblemType.FORBIDDEN,
                    "Requests changing data with a session cookie must carry the header " + CSRF_HEADER, path, List.of()));
        }
        if (principal.get().passwordChangeRequired() && !allowedBeforePasswordChange(request.getMethod(), path)) {
            return Optional.of(ProblemResponses.of(ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "Your password was set by someone else: choose your own (PUT /api/v1/session/password) before going on", path, List.of()));
        }
        caller.set(principal.get());
        return Optional.empty();
    }

    /** Until a password set by someone else is replaced, a session can only see who it is, sign out or change it. */
    private static boolean allowedBeforePasswordChange(String method, String path) {
        return path.equals("/api/v1/session") && (method.equals("GET") || method.equals("DELETE"))
                || path.equals("/api/v1/session/password") && method.equals("PUT");
    }

    private static Optional<Response> unauthenticated(String path, String detail) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHENTICATED, detail, path, List.of());
        return Optional.of(Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"vwu\"").build());
    }
}
