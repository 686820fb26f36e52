package vn.vwu.platform.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. `errors` lists field-level problems for validation failures.")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem.", example = "https://vwu.vn/problems/validation")
        String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "1 field is invalid") String detail,
        @Schema(description = "The request path.", example = "/api/v1/units") String instance,
        List<FieldError> errors) {
}
