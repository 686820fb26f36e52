package vn.vwu.platform.access.tokens;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;
import vn.vwu.platform.access.Role;

@Schema(name = "ApiTokenCreate", description = "A new token: a subset of your rights, for a limited time.")
record ApiTokenCreate(
        @NotBlank @Size(max = 128) @Schema(example = "Hệ thống báo cáo tỉnh Cà Mau") String name,
        @Schema(description = "Roles the token carries; a subset of yours. Default: all of yours.") List<Role> roles,
        @Schema(description = "The unit whose subtree the token reaches; yours or one below it. Default: yours.") UUID unitId,
        @Min(1) @Max(3650) @Schema(description = "Days of validity (default 90, at most the configured maximum, 365 by default).")
        Integer expiresInDays) {
}
