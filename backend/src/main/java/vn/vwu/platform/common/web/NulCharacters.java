package vn.vwu.platform.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemResponses;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No text the API reads may carry a NUL character (%00): PostgreSQL cannot store one, and a search or a name with
 * it would fail deep in the database. Query parameters and the path are checked here, before any resource runs;
 * JSON strings as they are read ({@link JsonSettings}), CSV files as they are decoded.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.indexOf('\0') >= 0) {
            return Optional.of(problem("path", path.replace("\0", "")));
        }
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters().entrySet()) {
            if (p.getKey().indexOf('\0') >= 0 || p.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                return Optional.of(problem(p.getKey().replace("\0", ""), path));
            }
        }
        return Optional.empty();
    }

    private static Response problem(String field, String path) {
        String message = "must not contain the NUL character (U+0000)";
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": " + message, path, List.of(new FieldError(field, message)));
    }
}
