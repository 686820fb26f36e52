package vn.vwu.platform.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.activities.programmes.ProgrammeRef;
import vn.vwu.platform.units.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An activity recorded at the unit that organised it.")
public record Activity(
        UUID id,
        @Schema(description = "The organising unit.") UnitRef unit,
        String title,
        @Schema(example = "COMMUNICATION") String type,
        @Schema(example = "Buổi truyền thông, tuyên truyền") String typeName,
        List<ProgrammeRef> programmes,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "Local calendar date of the start: decides the activity's place in the hierarchy and its month.")
        LocalDate activityDate,
        UnitRef placeUnit,
        String placeText,
        List<UnitRef> partnerUnits,
        List<String> partnerAgencies,
        Participants participants,
        Beneficiaries beneficiaries,
        @Schema(description = "VND") Long cost,
        @Schema(description = "VND") Long funds,
        String description,
        String results,
        ActivityStatus status,
        @Schema(description = "Synthetic demonstration data.") boolean demo,
        @Schema(description = "Number of attached photos and documents.") int attachments,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        long version) {
}
