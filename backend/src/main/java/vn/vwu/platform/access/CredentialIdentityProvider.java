package vn.vwu.platform.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import vn.vwu.platform.access.sessions.LoginService;
import vn.vwu.platform.access.tokens.ApiTokenService;

/**
 * Turns presented credentials into a Quarkus {@link SecurityIdentity}: sessions and API tokens are looked up in the
 * database (hashed secrets; a token's rights are its owner's intersected with its own). Single sign-on tokens are
 * quarkus-oidc's, mapped to accounts by {@link ProviderAccounts}. The identity carries the roles, and our {@link Principal} (unit, reach,
 * how the caller came in) as the attribute {@link #PRINCIPAL}.
 */
@ApplicationScoped
public class CredentialIdentityProvider implements IdentityProvider<CredentialRequest> {

    public static final String PRINCIPAL = "vwu.principal";

    private final LoginService logins;
    private final ApiTokenService tokens;

    public CredentialIdentityProvider(LoginService logins, ApiTokenService tokens) {
        this.logins = logins;
        this.tokens = tokens;
    }

    @Override
    public Class<CredentialRequest> getRequestType() {
        return CredentialRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CredentialRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<Principal> principal = switch (request.kind()) {
                case SESSION -> logins.resolve(request.secret());
                case API_TOKEN -> tokens.resolve(request.secret());
            };
            return identityOf(principal.orElseThrow(AuthenticationFailedException::new));
        });
    }

    private static SecurityIdentity identityOf(Principal p) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(p.username())).addAttribute(PRINCIPAL, p);
        p.roles().forEach(r -> identity.addRole(r.name()));
        return identity.build();
    }
}
