package vn.vwu.platform.access.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.CurrentCaller;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Public;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.accounts.PasswordChange;
import vn.vwu.platform.access.accounts.UserEntity;
import vn.vwu.platform.access.accounts.UserService;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemResponses;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.units.UnitEntity;

import java.util.List;

@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
class SessionResource {

    private final LoginService logins;
    private final LoginThrottle throttle;
    private final UserService users;
    private final CurrentCaller caller;
    private final SessionCookie cookies;

    public SessionResource(LoginService logins, LoginThrottle throttle, UserService users, CurrentCaller caller, SessionCookie cookies) {
        this.logins = logins;
        this.throttle = throttle;
        this.users = users;
        this.caller = caller;
        this.cookies = cookies;
    }

    @POST
    @Public
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in (the SPA)",
            description = "Checks the username and password and opens a session: an HttpOnly, SameSite=Strict cookie `vwu_session` "
                    + "(the token never reaches JavaScript). After 5 wrong passwords for a name from one address, that name waits before its next "
                    + "try from there (30 s, doubling up to 15 minutes; configurable) with 429, whether or not the account exists; too many "
                    + "attempts from one address answer 429 too. Third-party systems use API tokens instead.")
    @APIResponse(responseCode = "200", description = "Signed in", headers = @Header(name = "Set-Cookie", description = "The session cookie"),
            content = @Content(schema = @Schema(implementation = SessionUser.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response signIn(@Valid @NotNull Credentials credentials) {
        long wait = throttle.attempt(caller.ip());
        if (wait > 0) {
            return tooMany(wait, "Too many sign-in attempts from your address; wait a minute");
        }
        LoginService.Outcome outcome = logins.signIn(credentials.username(), credentials.password());
        if (outcome instanceof LoginService.Refused refused) {
            if (refused.retryAfterSeconds() > 0) {
                throw SignInFailures.tooMany(refused.retryAfterSeconds());
            }
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Wrong username or password");
        }
        LoginService.SignedIn in = (LoginService.SignedIn) outcome;
        return Response.ok(view(in.user(), in.user().unitId, in.user().roleSet(), AuthMethod.SESSION))
                .header("Set-Cookie", cookies.of(in.secret())).build();
    }

    @GET
    @Operation(operationId = "getSession", summary = "Who am I",
            description = "The signed-in user (or the owner of the API token), with the roles and unit in effect for this request.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = SessionUser.class)))
    public SessionUser getSession() {
        Principal p = caller.require();
        return view(UserEntity.findById(p.userId()), p.unitId(), p.roles(), p.via());
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "Sign out", description = "Ends this session on the server and clears the cookie.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut() {
        Principal p = caller.require();
        if (p.via() == AuthMethod.SESSION) {
            logins.signOut(p.credentialId());
        }
        return Response.noContent().header("Set-Cookie", cookies.cleared()).build();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "Change your password",
            description = "Needs the current password. Wrong current passwords are counted as at sign-in (429 after 5). The account's other sessions and other API tokens end. The only write a session "
                    + "flagged `mustChangePassword` may make.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response changeOwnPassword(@Valid @NotNull PasswordChange change) {
        users.changeOwnPassword(change);
        return Response.noContent().build();
    }

    /** The rights in effect: an API token's unit and roles, not its owner's. */
    private static SessionUser view(UserEntity u, java.util.UUID unit, java.util.Set<Role> roles, AuthMethod via) {
        return new SessionUser(u.id, u.username, u.fullName, UnitEntity.<UnitEntity>findById(unit).ref(), roles.stream().toList(),
                via, u.mustChangePassword);
    }

    private static Response tooMany(long seconds, String detail) {
        Response problem = ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS, detail, "/api/v1/session", List.of());
        return Response.fromResponse(problem).header("Retry-After", seconds).build();
    }
}
