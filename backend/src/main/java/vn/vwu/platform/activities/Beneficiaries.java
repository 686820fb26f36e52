package vn.vwu.platform.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "People and households who benefited (gifts, houses, loans...).")
record Beneficiaries(
        @PositiveOrZero @Max(100_000_000) @Schema(example = "26") Integer people,
        @PositiveOrZero @Max(100_000_000) @Schema(example = "26") Integer households) {
}
