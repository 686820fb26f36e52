package vn.vwu.platform.activities.programmes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitLevel;

import java.time.LocalDate;

@Schema(description = "A programme as created, and as merge-patched (every field but `code` may change).")
record ProgrammeCreate(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "use capital letters, digits, '-' and '_'")
        @Schema(example = "CVD-TPQ") String code,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String nameEn,
        @NotNull ProgrammeKind kind,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 4000) String description,
        @Schema(description = "Defaults to CENTRAL.") UnitLevel ownerLevel,
        @Schema(description = "false: deactivated (no new activities may cite it); defaults to true.") Boolean active) {
}
