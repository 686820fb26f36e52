package vn.vwu.platform.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field or row of a request.")
public record FieldError(
        @Schema(description = "Path of the field in the request (`parentId`, `successors[1].newUnit.code`) or query parameter name.",
                example = "effectiveDate")
        String field,
        @Schema(description = "What is wrong with it.", example = "must be a date in the form YYYY-MM-DD")
        String message) {
}
