package vn.vwu.platform.common.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vwu.platform.common.problem.ProblemException;

import java.io.InputStream;

/**
 * The SPA's own addresses (/units/…, /activities/…) answer with its index.html, so a bookmarked or reloaded
 * deep link opens the right screen; the browser router takes it from there. API paths are not touched.
 */
@Path("/")
public class SpaRoutes {

    @GET
    @Path("{route: (units|entry|targets|reports|activities|achievement|indicators|programmes|admin)(/.*)?}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response index() {
        InputStream page = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/resources/index.html");
        if (page == null) {
            throw new ProblemException(vn.vwu.platform.common.problem.ProblemType.NOT_FOUND,
                    "The web app is not part of this build (built with -Dskip.frontend=true)");
        }
        return Response.ok(page).header("Cache-Control", "no-cache").build();
    }
}
