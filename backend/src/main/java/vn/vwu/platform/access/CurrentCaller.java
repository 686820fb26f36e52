package vn.vwu.platform.access;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.RequestScoped;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.Optional;

/** Who is calling in this request, and from where; filled by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Principal principal;
    private String ip;
    private String userAgent;
    private String requestId;

    void set(Principal principal) {
        this.principal = principal;
    }

    void origin(String ip, String userAgent, String requestId) {
        this.ip = ip;
        this.userAgent = userAgent;
        this.requestId = requestId;
    }

    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    /** The caller; a 401 if the request is anonymous (only {@link Public} operations get that far). */
    public Principal require() {
        if (principal == null) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Sign in or send an API token (Authorization: Bearer …)");
        }
        return principal;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public String requestId() {
        return requestId;
    }

    /** The caller of the current request, if this thread serves one (not at start-up or in background jobs). */
    public static Optional<CurrentCaller> ofThisThread() {
        ManagedContext context = Arc.container().requestContext();
        if (!context.isActive()) {
            return Optional.empty();
        }
        return Optional.of(Arc.container().instance(CurrentCaller.class).get());
    }
}
