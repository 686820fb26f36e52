package vn.vwu.platform.access.sessions;

import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
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
import vn.vwu.platform.access.CredentialIdentityProvider;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Public;
import vn.vwu.platform.access.accounts.UserEntity;
import vn.vwu.platform.common.VwuConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signing in at the single sign-on provider from the SPA. quarkus-oidc runs the authorization code flow (state,
 * PKCE, the ID token's signature, issuer, audience and expiry); this resource then opens a session of our own, the same
 * as a password sign-in, and drops quarkus-oidc's session, so there is one kind of browser session to end or revoke.
 */
@Path("/api/v1/session/sso")
@Tag(name = "access")
class SingleSignOnResource {

    static final String SIGN_IN_PATH = "/api/v1/session/sso";

    private final VwuConfig.Oidc config;
    private final LoginService logins;
    private final SessionCookie cookies;
    private final Instance<SecurityIdentity> identity;
    private final Instance<OidcSession> oidcSession;

    public SingleSignOnResource(VwuConfig config, LoginService logins, SessionCookie cookies, Instance<SecurityIdentity> identity,
                                Instance<OidcSession> oidcSession) {
        this.config = config.auth().oidc();
        this.logins = logins;
        this.cookies = cookies;
        this.identity = identity;
        this.oidcSession = oidcSession;
    }

    @GET
    @Path("/settings")
    @Public
    @SecurityRequirementsSet
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSingleSignOn", summary = "Is single sign-on offered",
            description = "For the sign-in page: whether to show the button that signs in at the provider, and its name.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = SingleSignOn.class)))
    public SingleSignOn settings() {
        return config.enabled() ? new SingleSignOn(true, config.displayName(), SIGN_IN_PATH) : new SingleSignOn(false, null, null);
    }

    @GET
    @Public
    @Authenticated
    @AuthorizationCodeFlow
    @SecurityRequirementsSet
    @Operation(operationId = "signInWithProvider", summary = "Sign in at the single sign-on provider (a browser navigation)",
            description = "Sends the browser to the provider; the provider sends it back here, and it goes on to the SPA signed in "
                    + "(the same `vwu_session` cookie as a password sign-in). A person whom no active account here is linked to (by the "
                    + "provider's subject, `sub`) goes back to the sign-in page with `?sso=unlinked&subject=…` to give an administrator. "
                    + "404 when single sign-on is not set up (`GET /api/v1/session/sso/settings` says).")
    @APIResponse(responseCode = "302", description = "To the provider, to sign in there")
    @APIResponse(responseCode = "303", description = "Back to the SPA, signed in or told why not",
            headers = {@Header(name = "Location", description = "The SPA"), @Header(name = "Set-Cookie", description = "The session cookie")})
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response signIn() {
        SecurityIdentity who = identity.get();
        Principal principal = who.getAttribute(CredentialIdentityProvider.PRINCIPAL);
        oidcSession.get().logout().await().indefinitely(); // the provider's word is now our session: quarkus-oidc's cookie goes
        if (principal == null) {
            String subject = who.getAttribute(ProviderAccounts.UNLINKED_SUBJECT);
            return Response.seeOther(URI.create("/?sso=unlinked&subject=" + URLEncoder.encode(subject == null ? "" : subject, StandardCharsets.UTF_8)))
                    .build();
        }
        String secret = logins.signInWithProvider(UserEntity.findById(principal.userId()));
        return Response.seeOther(URI.create("/")).header("Set-Cookie", cookies.of(secret)).build();
    }
}
