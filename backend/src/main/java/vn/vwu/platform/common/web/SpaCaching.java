package vn.vwu.platform.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;

/**
 * How long browsers keep what the SPA is made of. Vite names every file under /assets/ after its content, so those
 * never change and are kept for a year; everything else outside the API (index.html, the deep links that answer
 * with it, the icon and manifest) is revalidated on every visit, so an upgrade reaches users on their next page
 * load instead of a day later. Set when the headers are written, so it replaces the static handler's own max-age.
 */
public class SpaCaching {

    static final String ASSETS = "public, max-age=31536000, immutable";
    static final String PAGES = "no-cache";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                HttpServerResponse response = rc.response();
                boolean asset = path.startsWith("/assets/");
                rc.addHeadersEndHandler(ignored -> {
                    if (asset && (response.getStatusCode() == 200 || response.getStatusCode() == 304)) {
                        response.headers().set("Cache-Control", ASSETS);
                    } else if (!asset) {
                        response.headers().set("Cache-Control", PAGES);
                    }
                });
            }
            rc.next();
        }, 90);
    }
}
