package vn.vwu.platform.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.indicators.PeriodType;

import java.util.List;

@Schema(name = "ReportFormCreate", description = "A new report form (also the form merge patches apply to).")
record ReportFormCreate(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters without diacritics, digits, '.', '_' and '-' only")
        String code,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 255) String nameEn,
        @NotNull @Schema(description = "MONTH, QUARTER, HALF_YEAR or YEAR.") PeriodType periodType,
        @NotNull @Min(0) @Max(366) Integer deadlineDays,
        Boolean active,
        @NotEmpty List<@NotNull @Valid Item> indicators) {

    @Schema(name = "ReportFormCreateItem")
    public record Item(@NotBlank String code, Boolean mandatory) {
    }
}
