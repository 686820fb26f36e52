package vn.vwu.platform.indicators.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vwu.platform.units.UnitLevel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * An indicator's changeable attributes, as a merge patch leaves them: validated whole after the patch is applied. Not
 * the documented body ({@link IndicatorPatch}), whose fields are all optional. Lengths as in IndicatorCreate and the
 * table.
 */
record IndicatorAttributes(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String nameEn,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 64) String unitOfMeasure,
        @Size(max = 255) String grouping,
        @NotNull(message = "must be an array of levels") List<@NotNull UnitLevel> reportingLevels,
        BigDecimal minValue,
        BigDecimal maxValue,
        @NotNull(message = "must be true or false") Boolean higherIsBetter,
        @NotNull(message = "must be true or false") Boolean active,
        @NotNull(message = "must be an array of programme codes") @Size(max = 100) List<@NotBlank @Size(max = 64) String> programmeCodes) {

    static IndicatorAttributes of(IndicatorEntity e, List<String> programmeCodes) {
        return new IndicatorAttributes(e.name, e.nameEn, e.description, e.unitOfMeasure, e.grouping,
                Arrays.stream(e.reportingLevels).map(UnitLevel::valueOf).toList(), e.minValue, e.maxValue, e.higherIsBetter, e.active,
                programmeCodes);
    }
}
