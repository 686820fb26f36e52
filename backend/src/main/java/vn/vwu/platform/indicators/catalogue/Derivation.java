package vn.vwu.platform.indicators.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "How an indicator is derived from activities: the measure added up over the DONE activities of the given types "
        + "and linked to any of the given programmes (an empty list selects all). Derived figures are per month of the activity date, "
        + "at the organising unit, recomputed with every change to an activity; they cannot be entered.")
record Derivation(
        @NotNull DerivedMeasure measure,
        @Size(max = 20) @Schema(example = "[\"COMMUNICATION\"]") List<@NotBlank String> activityTypes,
        @Size(max = 20) @Schema(example = "[\"DA8\"]") List<@NotBlank String> programmeCodes) {
}
