package vn.vwu.platform.access.sessions;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.problem.ProblemResponses;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.List;

/**
 * Without a provider, signing in at one is a 404 problem document. It must be said before matching: once matched,
 * the operation's `@Authenticated` asks for a sign-in that cannot happen and would answer an empty 401.
 */
class SingleSignOnSwitch {

    private final boolean enabled;

    public SingleSignOnSwitch(VwuConfig config) {
        this.enabled = config.auth().oidc().enabled();
    }

    @ServerRequestFilter(preMatching = true)
    public Response offUnlessSetUp(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (enabled || !path.equals(SingleSignOnResource.SIGN_IN_PATH) && !path.equals(SingleSignOnResource.SIGN_IN_PATH + "/")) {
            return null;
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, "Single sign-on is not set up here", path, List.of());
    }
}
