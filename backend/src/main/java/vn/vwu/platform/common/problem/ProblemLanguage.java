package vn.vwu.platform.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * Problem details in the language the client asks for with `Accept-Language`: Vietnamese (`vi`) or English
 * (the default, and what integrations without the header get). Field names, codes and `type` URIs never change;
 * only the human-readable `title`, `detail` and `errors[].message` do.
 */
public class ProblemLanguage {

    private final ProblemCatalogue catalogue;

    public ProblemLanguage(ProblemCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        boolean vietnamese = prefersVietnamese(request);
        if (vietnamese) {
            response.setEntity(catalogue.inVietnamese(problem));
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The first of the client's languages (by preference) that we speak decides. */
    private static boolean prefersVietnamese(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return false;
        }
        try {
            for (Locale l : request.getAcceptableLanguages()) {
                if (l.getLanguage().equals("vi")) {
                    return true;
                }
                if (l.getLanguage().equals("en")) {
                    return false;
                }
            }
        } catch (RuntimeException malformed) {
            return false; // a header we cannot read is no reason to fail the answer
        }
        return false;
    }
}
