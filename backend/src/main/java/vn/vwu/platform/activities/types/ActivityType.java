package vn.vwu.platform.activities.types;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A type of activity (loại hình hoạt động). Creation takes code, name, nameEn and sortOrder.")
record ActivityType(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_]*", message = "use capital letters, digits and '_'")
        @Schema(example = "COMMUNICATION") String code,
        @NotBlank @Size(max = 255) @Schema(example = "Buổi truyền thông, tuyên truyền") String name,
        @Size(max = 255) @Schema(example = "Communication / awareness session") String nameEn,
        @Schema(description = "Position in pick lists.") Integer sortOrder,
        @Schema(description = "Inactive types are kept for history but take no new activities; defaults to true.") Boolean active) {

    static ActivityType of(ActivityTypeEntity e) {
        return new ActivityType(e.code, e.name, e.nameEn, e.sortOrder, e.active);
    }
}
