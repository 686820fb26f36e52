package vn.vwu.platform.access.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.units.UnitRef;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "User", description = "An account. Passwords and their hashes are never shown.")
public record User(UUID id, String username, String fullName, String email, String phone, UnitRef unit, List<Role> roles,
                   boolean active,
                   @Schema(description = "false: signs in only through single sign-on.") boolean hasPassword,
                   @Schema(description = "The single sign-on provider's subject (`sub`) this account is linked to, if any.") String ssoSubject,
                   boolean mustChangePassword, OffsetDateTime lastLoginAt, boolean demo, long version,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
