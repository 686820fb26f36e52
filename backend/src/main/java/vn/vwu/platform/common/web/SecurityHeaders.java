package vn.vwu.platform.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response the backend serves (the API, the SPA it hosts, Swagger UI), so the packaged
 * app is as safe as the nginx path. The SPA gets a strict Content-Security-Policy: scripts only from its own
 * origin, no framing, API calls only to its own origin. Ant Design writes its styles at run time, hence
 * 'unsafe-inline' for styles only. Swagger UI (/q/) boots with an inline script, so it gets no CSP but is still
 * not frameable. HSTS belongs to whoever terminates TLS (ingress, nginx), not to a backend behind it.
 */
public class SecurityHeaders {

    static final String SPA_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            String path = rc.normalizedPath();
            if (path.startsWith("/api/")) {
                headers.set("Content-Security-Policy", API_POLICY);
            } else if (!path.startsWith("/q/")) {
                headers.set("Content-Security-Policy", SPA_POLICY);
            }
            rc.next();
        }, 100);
    }
}
