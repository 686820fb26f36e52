package vn.vwu.platform.access;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request. For an API token, `roles` and `unitId` are the token's (a subset of
 * its owner's rights), not the owner's.
 */
public record Principal(UUID userId, String username, UUID unitId, Set<Role> roles, AuthMethod via, UUID credentialId) {

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
