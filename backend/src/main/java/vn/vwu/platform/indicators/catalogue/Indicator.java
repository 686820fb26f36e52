package vn.vwu.platform.indicators.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.units.UnitLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An indicator (chỉ tiêu) with its aggregation rules.")
public record Indicator(
        UUID id,
        @Schema(example = "VWU-MEM-NEW") String code,
        @Schema(example = "Số hội viên kết nạp mới") String name,
        @Schema(example = "New members admitted") String nameEn,
        String description,
        @Schema(example = "person") String unitOfMeasure,
        @Schema(description = "The unit of measure in words, to show to people.") Terms.Term unitOfMeasureName,
        ValueType valueType,
        @Schema(description = "Decimal places of values (0 for INTEGER and MONEY).") int decimals,
        boolean higherIsBetter,
        @Schema(description = "Levels whose units report this indicator; empty for computed (RATIO, COUNT_UNITS) indicators.")
        List<UnitLevel> reportingLevels,
        @Schema(description = "Period type values are reported at.") PeriodType periodType,
        UnitAggregation unitAggregation,
        TimeAggregation timeAggregation,
        @Schema(description = "RATIO: the numerator indicator; COUNT_UNITS: the indicator tested per unit.") String numeratorCode,
        @Schema(description = "RATIO: the denominator indicator.") String denominatorCode,
        @Schema(description = "RATIO: multiplier, 100 for a percentage.") BigDecimal factor,
        @Schema(description = "COUNT_UNITS: comparison applied to each unit's value.", enumeration = {">", ">=", "<", "<=", "="})
        String countOperator,
        BigDecimal countThreshold,
        BigDecimal minValue,
        BigDecimal maxValue,
        @Schema(description = "Programme, breakthrough or key task the indicator belongs to.") String grouping,
        @Schema(description = "Disaggregation options; when present every value names one, and totals are their sum.")
        List<String> categoryOptions,
        @Schema(description = "The category options in words, in the order of `categoryOptions`.") List<Terms.Term> categoryOptionNames,
        boolean active,
        @Schema(description = "Present for indicators derived from activities.") Derivation derivation,
        @Schema(description = "Codes of the programmes the indicator belongs to.") List<String> programmes) {
}
