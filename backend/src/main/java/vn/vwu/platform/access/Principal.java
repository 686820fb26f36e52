package vn.vwu.platform.access;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request.
 *
 * <ul>
 *   <li>{@code unitId}: the unit whose subtree the caller reaches — the account's unit, or an API token's unit (at or
 *   below its owner's).</li>
 *   <li>{@code accountUnitId}: the unit the person belongs to. Rules about a position ("approved by the unit
 *   directly above", "your own unit is reorganised by the level above") are about the person, so a token limited to
 *   a unit below gains no position there: its rights are its owner's rights intersected with its limits.</li>
 *   <li>{@code roles}: for a token, the token's roles still held by its owner.</li>
 *   <li>{@code wholeSystem}: reaches every unit (an administrator, or an administrator's token made without a unit).</li>
 *   <li>{@code passwordChangeRequired}: a session of an account whose password someone else set; until it is
 *   changed the session may only see itself, sign out and change the password.</li>
 * </ul>
 */
public record Principal(UUID userId, String username, UUID unitId, UUID accountUnitId, Set<Role> roles, AuthMethod via,
                        UUID credentialId, boolean passwordChangeRequired, boolean wholeSystem) {

    /** A person acting as themselves (a session or single sign-on): their account's unit and roles. */
    public static Principal ofAccount(UUID userId, String username, UUID unitId, Set<Role> roles, AuthMethod via, UUID credentialId,
                                      boolean passwordChangeRequired) {
        return new Principal(userId, username, unitId, unitId, roles, via, credentialId, passwordChangeRequired, roles.contains(Role.ADMIN));
    }

    /** An API token: its owner, limited to the token's unit and roles. */
    public static Principal ofToken(UUID userId, String username, UUID accountUnitId, UUID tokenUnitId, Set<Role> roles, UUID tokenId,
                                    boolean wholeSystem) {
        return new Principal(userId, username, tokenUnitId, accountUnitId, roles, AuthMethod.TOKEN, tokenId, false, wholeSystem);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
