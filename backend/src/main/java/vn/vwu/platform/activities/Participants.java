package vn.vwu.platform.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Participants: the total and, where known, parts of it. Women and men together cannot exceed the total; "
        + "children and ethnic-minority participants are counted within the total too.")
record Participants(
        @PositiveOrZero @Max(100_000_000) @Schema(example = "3000") Integer total,
        @PositiveOrZero @Max(100_000_000) @Schema(example = "2600") Integer women,
        @PositiveOrZero @Max(100_000_000) @Schema(example = "400") Integer men,
        @PositiveOrZero @Max(100_000_000) @Schema(example = "120") Integer children,
        @PositiveOrZero @Max(100_000_000) @Schema(example = "900") Integer ethnicMinority) {
}
