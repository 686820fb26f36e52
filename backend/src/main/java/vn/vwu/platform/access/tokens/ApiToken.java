package vn.vwu.platform.access.tokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.units.UnitRef;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ApiToken", description = "A personal API token (its secret is shown only once, at creation).")
record ApiToken(UUID id, String name,
                       @Schema(description = "First characters of the secret, to recognise it.", example = "vwu_Q2x8") String prefix,
                       List<Role> roles, UnitRef unit, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                       OffsetDateTime lastUsedAt, OffsetDateTime createdAt) {
}
