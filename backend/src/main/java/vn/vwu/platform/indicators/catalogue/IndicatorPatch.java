package vn.vwu.platform.indicators.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitLevel;

import java.math.BigDecimal;
import java.util.List;

/** The merge-patch body as documented; what a patch must leave valid is {@link IndicatorAttributes}. */
@Schema(description = "Fields to change; absent fields are unchanged.")
record IndicatorPatch(String name, @Schema(nullable = true) String nameEn, @Schema(nullable = true) String description,
                             String unitOfMeasure, @Schema(nullable = true) String grouping, List<UnitLevel> reportingLevels,
                             @Schema(nullable = true) BigDecimal minValue, @Schema(nullable = true) BigDecimal maxValue,
                             Boolean higherIsBetter, Boolean active,
                             @Schema(description = "Codes of the programmes the indicator belongs to; replaces the list.") List<String> programmeCodes) {
}
