package vn.vwu.platform.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ReportOpen", description = "Opens (or finds) the report of a unit for a form and period.")
record ReportOpen(@NotBlank @Schema(example = "BC-THANG") String form, @NotNull UUID unitId,
                        @NotBlank @Schema(example = "2026-10") String period) {
}
