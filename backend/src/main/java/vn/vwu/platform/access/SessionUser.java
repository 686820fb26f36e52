package vn.vwu.platform.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitRef;

import java.util.List;
import java.util.UUID;

@Schema(name = "SessionUser", description = "Who is signed in, with what rights and where.")
public record SessionUser(UUID id, String username, String fullName, UnitRef unit, List<Role> roles,
                          @Schema(description = "How this request was authenticated.") AuthMethod via,
                          @Schema(description = "The password was set by someone else (generated, or by an administrator) and should be changed; not enforced.")
                          boolean mustChangePassword) {
}
