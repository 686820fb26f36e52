package vn.vwu.platform.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The body of a new activity; a patch is merged into the current activity in this form and checked the same way. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A new activity. Times are instants with an offset (Vietnam: +07:00).")
record ActivityInput(
        @NotNull @Schema(description = "The organising unit; it must exist on the activity's date.") UUID unitId,
        @NotBlank @Size(max = 500) @Schema(example = "Truyền thông Luật Trẻ em năm 2016") String title,
        @NotBlank @Size(max = 32) @Schema(description = "Activity type code (see /activity-types).", example = "COMMUNICATION") String type,
        @Size(max = 20) @Schema(description = "Codes of programmes running on the activity's date.", example = "[\"DA8\"]")
        List<@NotBlank String> programmeCodes,
        @NotNull @Schema(example = "2025-08-01T08:00:00+07:00") OffsetDateTime startsAt,
        @Schema(description = "Defaults to startsAt.", example = "2025-08-01T11:00:00+07:00") OffsetDateTime endsAt,
        @Schema(description = "Where it took place, if at a unit (e.g. a commune).") UUID placeUnitId,
        @Size(max = 500) @Schema(example = "Nhà văn hóa ấp 3") String placeText,
        @Size(max = 50) List<@NotNull UUID> partnerUnitIds,
        @Size(max = 50) @Schema(example = "[\"Sở LĐ-TB&XH\", \"Ngân hàng Chính sách xã hội\"]")
        List<@NotBlank @Size(max = 255) String> partnerAgencies,
        @Valid Participants participants,
        @Valid Beneficiaries beneficiaries,
        @PositiveOrZero @Max(1_000_000_000_000_000L) @Schema(description = "Cost in VND (whole number).", example = "4200000") Long cost,
        @PositiveOrZero @Max(1_000_000_000_000_000L) @Schema(description = "Funds mobilised in VND (whole number).", example = "2800000000")
        Long funds,
        @Size(max = 20000) String description,
        @Size(max = 20000) String results,
        @Schema(description = "Defaults to DONE when the activity has started, PLANNED otherwise.") ActivityStatus status) {
}
