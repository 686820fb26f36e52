package vn.vwu.platform.indicators.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.units.UnitLevel;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "A new indicator. Reported indicators use unitAggregation SUM; RATIO and COUNT_UNITS are computed from others.")
record IndicatorCreate(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "use capital letters, digits, '-' and '_'")
        @Schema(example = "VWU-ECO-HOUSE") String code,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String nameEn,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 64) String unitOfMeasure,
        @NotNull ValueType valueType,
        @Min(0) @Max(6) Integer decimals,
        Boolean higherIsBetter,
        List<@NotNull UnitLevel> reportingLevels,
        @NotNull PeriodType periodType,
        @NotNull UnitAggregation unitAggregation,
        @NotNull TimeAggregation timeAggregation,
        String numeratorCode,
        String denominatorCode,
        BigDecimal factor,
        @Pattern(regexp = ">|>=|<|<=|=", message = "must be one of >, >=, <, <=, =") String countOperator,
        BigDecimal countThreshold,
        BigDecimal minValue,
        BigDecimal maxValue,
        @Size(max = 255) String grouping,
        List<@NotBlank @Size(max = 64) String> categoryOptions,
        @Valid @Schema(description = "Makes the indicator derived from activities (then unitAggregation and timeAggregation are SUM, "
                + "periodType MONTH, no reportingLevels, and valueType MONEY for COST/FUNDS, INTEGER otherwise).") Derivation derivation,
        @Size(max = 20) @Schema(description = "Codes of programmes the indicator belongs to.") List<@NotBlank String> programmeCodes) {
}
