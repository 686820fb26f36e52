package vn.vwu.platform.activities.programmes;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitLevel;

import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A movement, campaign, project, scheme or programme of the union.")
public record Programme(
        UUID id,
        @Schema(example = "DA8") String code,
        @Schema(example = "Dự án 8 \"Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em\"") String name,
        String nameEn,
        ProgrammeKind kind,
        @Schema(description = "First day (inclusive); absent when the launch date is unknown.") LocalDate startDate,
        @Schema(description = "Last day (inclusive); absent while open-ended.") LocalDate endDate,
        String description,
        @Schema(description = "Level of the union that owns it.") UnitLevel ownerLevel,
        boolean active) {

    static Programme of(ProgrammeEntity e) {
        return new Programme(e.id, e.code, e.name, e.nameEn, e.kind, e.startDate, e.endDate, e.description, e.ownerLevel, e.active);
    }
}
