package vn.vwu.platform.indicators.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitRef;

import java.math.BigDecimal;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The figure of one indicator for one unit and period.")
record AnalyticsRow(
        @Schema(example = "VWU-MEM-NEW") String indicator,
        UnitRef unit,
        @Schema(example = "2023") String period,
        @Schema(description = "Absent when no unit of the subtree reported.", example = "4094") BigDecimal value,
        @Schema(description = "RATIO: the summed numerator.") BigDecimal numerator,
        @Schema(description = "RATIO: the summed denominator.") BigDecimal denominator,
        @Schema(description = "True if part of the figure was apportioned through a PART lineage link (restated structure).")
        boolean estimated,
        @Schema(description = "Number of units whose figures make up the value.") int reportingUnits) {
}
