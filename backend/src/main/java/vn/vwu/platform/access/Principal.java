package vn.vwu.platform.access;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request. For an API token, `roles` and `unitId` are the token's (a subset of
 * its owner's rights), not the owner's. `passwordChangeRequired`: a session of an account whose password someone else
 * set; until it is changed the session may only see itself, sign out and change the password.
 */
public record Principal(UUID userId, String username, UUID unitId, Set<Role> roles, AuthMethod via, UUID credentialId,
                        boolean passwordChangeRequired) {

    /** A caller whose password is not in question here (API tokens, single sign-on). */
    public Principal(UUID userId, String username, UUID unitId, Set<Role> roles, AuthMethod via, UUID credentialId) {
        this(userId, username, unitId, roles, via, credentialId, false);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
