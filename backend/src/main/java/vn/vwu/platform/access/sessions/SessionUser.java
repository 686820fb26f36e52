package vn.vwu.platform.access.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.units.UnitRef;

import java.util.List;
import java.util.UUID;

@Schema(name = "SessionUser", description = "Who is signed in, with what rights and where.")
record SessionUser(UUID id, String username, String fullName, UnitRef unit, List<Role> roles,
                          @Schema(description = "How this request was authenticated.") AuthMethod via,
                          @Schema(description = "The password was set by someone else (generated, or by an administrator): until the person "
                                  + "chooses their own (`PUT /api/v1/session/password`), the session can only read itself and sign out; "
                                  + "every other request answers 403 `password-change-required`.")
                          boolean mustChangePassword) {
}
