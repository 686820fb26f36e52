package vn.vwu.platform.indicators.values;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(description = "One reported value: the unit's own figure (not including its subtree) for one period.")
public record ValueInput(
        @Schema(description = "Indicator code.", example = "VWU-MEM-NEW") String indicator,
        UUID unitId,
        @Schema(description = "Period code of the indicator's period type.", example = "2023-10") String period,
        @Schema(description = "Disaggregation option, required when the indicator has options.") String categoryOption,
        @Schema(description = "Exact number; VND as whole numbers.", example = "125") BigDecimal value,
        @Schema(description = "Why the figure is what it is; at most 1,000 characters.", maxLength = 1000) String comment,
        @Schema(description = "Optimistic concurrency for single edits: the version you read; 412 if it changed since.")
        Long expectedVersion) {
}
