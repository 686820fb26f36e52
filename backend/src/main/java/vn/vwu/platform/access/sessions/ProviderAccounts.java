package vn.vwu.platform.access.sessions;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.CredentialIdentityProvider;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.accounts.UserEntity;

/**
 * Maps an identity vouched for by the single sign-on provider (a bearer token or the authorization code flow, both
 * verified by quarkus-oidc: signature, issuer, expiry, audience) to the account here linked to its subject (`sub`).
 * The provider says who it is; what it may do — roles and unit — is managed here, so the token's own roles are
 * dropped. An identity with no linked, active account keeps no roles and no {@link Principal}: it reaches nothing,
 * and is told why ({@link #UNLINKED_SUBJECT}).
 */
@ApplicationScoped
public class ProviderAccounts implements SecurityIdentityAugmentor {

    /** The subject of a provider's identity that no active account here is linked to. */
    public static final String UNLINKED_SUBJECT = "vwu.unlinked-subject";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(CredentialIdentityProvider.PRINCIPAL) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> toAccount(identity, token.getSubject()));
    }

    /** The provider's identity with its attributes and credentials (quarkus-oidc's session needs them), and our rights. */
    private static SecurityIdentity toAccount(SecurityIdentity identity, String subject) {
        Optional<UserEntity> account = subject == null || subject.isBlank() ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> UserEntity.bySsoSubject(subject).filter(u -> u.active));
        QuarkusSecurityIdentity.Builder ours = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addAttributes(identity.getAttributes()).addCredentials(identity.getCredentials());
        if (account.isEmpty()) {
            return ours.addAttribute(UNLINKED_SUBJECT, subject == null ? "" : subject).build();
        }
        UserEntity u = account.get();
        Principal p = Principal.ofAccount(u.id, u.username, u.unitId, u.roleSet(), AuthMethod.OIDC, null, false);
        p.roles().forEach(r -> ours.addRole(r.name()));
        return ours.addAttribute(CredentialIdentityProvider.PRINCIPAL, p).build();
    }
}
