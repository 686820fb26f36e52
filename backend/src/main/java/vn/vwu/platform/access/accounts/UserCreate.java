package vn.vwu.platform.access.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;
import vn.vwu.platform.access.Role;

@Schema(name = "UserCreate", description = "A new account (also the form that merge patches apply to).")
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserCreate(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "3–64 letters without diacritics, digits, '.', '_' or '-'")
        @Schema(example = "lan.nguyen") String username,
        @NotBlank @Size(max = 255) @Schema(example = "Nguyễn Thị Lan") String fullName,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "\\+?[0-9 .-]{8,20}", message = "a phone number (8–20 digits)") String phone,
        @NotNull UUID unitId,
        @NotEmpty List<@NotNull Role> roles,
        @Schema(description = "Default true.") Boolean active,
        @Schema(description = "Initial password (the user changes it at first sign-in). Absent: single sign-on only.",
                writeOnly = true) String password,
        @Size(max = 255) @Schema(description = "Links the account to the single sign-on provider's subject (`sub`) of a person, or of a "
                + "system's service account (client credentials). Empty: not linked.", example = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        String ssoSubject) {
}
