package vn.vwu.platform.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A new unit. Structural history (moves, merges, closures) goes through reorganisations.")
record UnitCreate(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "may contain letters, digits, '.', '_' and '-' only")
        @Schema(example = "96-CH01") String code,
        @NotBlank @Size(max = 255) @Schema(example = "Chi hội ấp Tân Thành") String name,
        @Size(max = 255) String nameEn,
        @Size(max = 255) String adminName,
        @Size(max = 16) String adminCode,
        @NotNull UnitLevel level,
        @NotBlank @Size(max = 64) @Schema(example = "chi hội") String kind,
        @Schema(description = "Parent; required for every level but CENTRAL.") UUID parentId,
        @Schema(description = "First day of existence; today (Vietnam time) when absent.", example = "2026-01-01") LocalDate validFrom,
        @Schema(description = "Exclusive end, if already known.") LocalDate validTo) {
}
