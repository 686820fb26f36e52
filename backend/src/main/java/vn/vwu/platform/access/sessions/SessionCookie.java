package vn.vwu.platform.access.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.access.AuthenticationFilter;
import vn.vwu.platform.common.VwuConfig;

/** The SPA's session cookie: HttpOnly (the secret never reaches JavaScript), SameSite=Strict, Secure unless told otherwise. */
@ApplicationScoped
class SessionCookie {

    private final VwuConfig.Auth config;

    public SessionCookie(VwuConfig config) {
        this.config = config.auth();
    }

    /** A Set-Cookie value carrying a new session's secret. */
    String of(String secret) {
        return cookie(secret, config.sessionMaxHours() * 3600L);
    }

    /** A Set-Cookie value that removes the cookie. */
    String cleared() {
        return cookie("", 0);
    }

    private String cookie(String value, long maxAgeSeconds) {
        return AuthenticationFilter.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (config.cookieSecure() ? "; Secure" : "");
    }
}
