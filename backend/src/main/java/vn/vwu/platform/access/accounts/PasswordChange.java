package vn.vwu.platform.access.accounts;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChange")
public record PasswordChange(@NotNull @Schema(writeOnly = true) String currentPassword,
                             @NotNull @Schema(writeOnly = true) String newPassword) {
}
