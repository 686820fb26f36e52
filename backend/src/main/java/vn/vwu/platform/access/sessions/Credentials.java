package vn.vwu.platform.access.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Credentials")
public record Credentials(@NotNull @Size(max = 64) @Schema(example = "tw.admin") String username,
                          @NotNull @Size(max = 200) @Schema(writeOnly = true) String password) {
}
