package vn.vwu.platform.indicators.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(description = "A target for a unit and period (usually a year or a congress term).")
record TargetInput(
        @Schema(example = "VWU-MEM-NEW") String indicator,
        UUID unitId,
        @Schema(example = "2023") String period,
        @Schema(example = "2100") BigDecimal value,
        @Schema(description = "At most 1,000 characters.", maxLength = 1000) String comment) {
}
